"""Entry point: `alianzas` opens the app; with a subcommand it works headless."""

from __future__ import annotations

import logging
import sys

logger = logging.getLogger(__name__)


def main(argv: list[str] | None = None) -> int:
    from alianzas_desktop.cli import parse, run_command

    args = parse(argv)
    if args.command is None:
        from alianzas_desktop.ui.app import run

        return run(args.db)
    return run_command(args)


if __name__ == "__main__":
    sys.exit(main())
