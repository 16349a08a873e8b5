"""Bundles between laptops and the office: writing, reading, validating and merging them.

No Qt here: the services, the CLI and the screens all use this package.
"""
