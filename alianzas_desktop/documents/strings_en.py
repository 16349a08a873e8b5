"""The documents' texts in English, keyed like the Spanish ones; vocabulary labels by enum and code.

Labels are keyed by (enum class name, stored code): members of different enums
share codes ("pendiente", "otro"), so a member alone cannot be the key.
"""

from __future__ import annotations

import logging

logger = logging.getLogger(__name__)

ENGLISH_TEXTS: dict[str, str] = {
    # -- every document ------------------------------------------------------------------
    "page.label": "Page {page} of {total}",
    "page.code": "Verification code",
    "page.code_provisional": "Provisional verification code",
    "watermark": "DRAFT",
    "draft_suffix": " (draft)",
    "not_defined": "Not defined.",
    "yes": "Yes",
    "no": "No",
    "facilitator": "Process facilitator",
    "signature.name": "Name:",
    "signature.id": "ID No.",
    "programme": "NATIONAL ALLIANCES PROGRAMME",
    # -- the agreement of commitments ----------------------------------------------------
    "agreement.title": "AGREEMENT OF COMMITMENTS",
    "agreement.version": "Version {number}",
    "agreement.draft_notice": (
        "DRAFT — This document is a working version and is not valid for signing. "
        "To sign it, issue the version from the application and print it again."
    ),
    "agreement.intro": (
        "The organisations signing this document, from the public sector, the private "
        "sector and civil society, agree to work in alliance towards a common purpose, "
        "with the commitments, structure and values described below."
    ),
    "agreement.area": "Area of application",
    "agreement.start": "Start of the alliance",
    "agreement.facilitation": "Process facilitation",
    "agreement.amends": (
        "This version {number} amends version {previous} of the agreement (addendum). "
        "Earlier versions are kept as part of the alliance's history."
    ),
    "agreement.parties": "The parties",
    "agreement.col.organization": "Organisation",
    "agreement.col.sector": "Sector",
    "agreement.col.nit": "Tax ID (NIT)",
    "agreement.col.representative": "Representative",
    "agreement.col.cargo": "Position",
    "agreement.purpose": "Common purpose",
    "agreement.objectives": "Objectives",
    "agreement.conditions": "Conditions of the alliance",
    "agreement.conditions_intro": (
        "An alliance exists when open relations, active partners, complementary "
        "contributions and a common purpose come together. The parties reviewed these "
        "four conditions as follows:"
    ),
    "agreement.col.condition": "Condition",
    "agreement.col.met": "Met?",
    "agreement.col.notes": "Notes",
    "agreement.commitments": "Partners' commitments",
    "agreement.commitments_intro": (
        "Each partner takes on the commitments below. The logic of each commitment may be "
        "technical (it furthers achievement and efficiency), political (it seeks "
        "negotiation and agreement) or ethical (it rests on values and on processes)."
    ),
    "agreement.col.commitment": "Commitment",
    "agreement.col.kind": "Kind of contribution",
    "agreement.col.value": "Estimated value",
    "agreement.col.deadline": "Deadline",
    "agreement.col.logic": "Logic",
    "agreement.no_commitments": "No commitments recorded.",
    "agreement.total": "Total estimated value of the contributions:",
    "agreement.structure": "Structure and operation",
    "agreement.legal_figure": "{kind}. Legal form: {figure}",
    "agreement.kind": "Type of alliance",
    "agreement.organization_form": "Form of organisation",
    "agreement.coordination_body": "Coordination body",
    "agreement.coordination_members": "Members of the coordination body",
    "agreement.decision_rules": "How decisions are made",
    "agreement.meeting_rhythm": "Meeting frequency",
    "agreement.values": "Values that guide the work in alliance",
    "agreement.values_intro": "The parties undertake to work guided by these values:",
    "agreement.value.confianza": (
        "Each partner does what it promises and believes the word of the others. Trust is "
        "built with deeds, step by step, and is looked after at every meeting."
    ),
    "agreement.value.respeto": (
        "The parties recognise and value their differences: the knowledge, pace and ways "
        "of working of the public sector, the private sector and civil society."
    ),
    "agreement.value.inclusion": (
        "Every voice counts, especially those of the community and of those usually left "
        "out. Decisions are made with the participation of all partners."
    ),
    "agreement.value.transparencia": (
        "The partners share information frankly: what each contributes, how resources are "
        "used and how the commitments are progressing."
    ),
    "agreement.value.responsabilidad_compartida": (
        "The common purpose is everyone's task: each partner answers for its commitments "
        "and, all together, for the results of the alliance."
    ),
    "agreement.conflicts": "Handling conflicts",
    "agreement.the_coordination_body": "the coordination body",
    "agreement.conflict_levels": (
        "The parties recognise that conflicts of three levels may arise in working in "
        "alliance: <b>external aspects</b>, which come from the surroundings (changes of "
        "government, of regulations, of the market, of the weather or of public order); "
        "<b>difficulties inherent to working in alliance</b>, which arise from differences "
        "between the partners in interests, pace, cultures and ways of communicating; and "
        "<b>critical incidents</b>, serious events that put the alliance or the trust "
        "between its partners at risk."
    ),
    "agreement.conflict_handling": (
        "In every case, the matter will first be taken to {where}, where it will be dealt "
        "with through direct dialogue in good faith, seeking agreed solutions that protect "
        "the common purpose. If dialogue is not enough, the parties may, by mutual "
        "agreement, turn to mediation by a third party. What is agreed will be recorded in "
        "the minutes of the meeting."
    ),
    "agreement.duration_heading": "Duration, follow-up and amendments",
    "agreement.duration": "<b>Duration:</b> {duration}.",
    "agreement.duration_undefined": "not defined",
    "agreement.started": " The alliance started on {start}.",
    "agreement.follow_up": (
        "<b>Follow-up:</b> progress on the commitments will be reviewed at the meetings of {where}"
    ),
    "agreement.follow_up_rhythm": ", with the agreed frequency: {rhythm}.",
    "agreement.follow_up_acta": (
        " The minutes of each meeting will record what was reviewed, the commitments "
        "fulfilled and the adjustments decided."
    ),
    "agreement.modifications": (
        "<b>Amendments:</b> any change in the commitments, the parties or the structure "
        "of the alliance will be set down in a new version of this agreement (addendum), "
        "which the parties sign. Earlier versions are not erased: they are kept as the "
        "alliance's history and remain valid for the time they were in force. Each version "
        "carries a verification code that allows checking, in the Alianzas application, "
        "that the printed text matches the registered version."
    ),
    "agreement.signatures": "Signatures",
    "agreement.signed_in": " in {place}",
    "agreement.signed_on": "In witness whereof this is signed{place} on {when}.",
    "agreement.signed": "In witness whereof this is signed{place}.",
    "agreement.witness": "As witness",
    "agreement.footer": "Agreement of commitments · Version {number}",
    "agreement.pdf_title": "Agreement of commitments — {name} — Version {number}",
    "agreement.pdf_subject": "The alliance's agreement of commitments",
    # -- the minutes (acta) --------------------------------------------------------------
    "acta.title": "MINUTES No. {number}",
    "acta.kind": "{kind} meeting",
    "acta.draft_notice": (
        "DRAFT — The meeting has not been closed: these minutes are not valid for signing."
    ),
    "acta.date": "Date",
    "acta.start": "Start time",
    "acta.place": "Place",
    "acta.end": "End time",
    "acta.col.number": "#",
    "acta.col.name": "Name",
    "acta.col.organization_sector": "Organisation / sector",
    "acta.col.organization": "Organisation",
    "acta.col.cargo": "Position",
    "acta.col.signature": "Signature",
    "acta.col.excuse": "Apology",
    "acta.col.commitment": "Commitment",
    "acta.col.responsible": "Responsible",
    "acta.col.deadline": "Deadline",
    "acta.col.status_change": "Status (previous → new)",
    "acta.col.note": "Note",
    "acta.attendees": "Attendees",
    "acta.no_attendees": "No attendees from the partners were recorded.",
    "acta.guests": "Guests",
    "acta.no_guests": "There were no guests.",
    "acta.absent": "Absent",
    "acta.excused": "With apology",
    "acta.not_excused": "Without apology",
    "acta.no_absences": "There were no absences.",
    "acta.officers": "Chair and secretary of the meeting",
    "acta.chair": "Chair",
    "acta.secretary": "Secretary",
    "acta.and": " and ",
    "acta.approved_by": "Approving and signing the minutes, in the attendance list: {names}.",
    "acta.objective": "Purpose of the meeting",
    "acta.not_recorded": "Not recorded.",
    "acta.agenda": "Agenda",
    "acta.development": "Proceedings",
    "acta.no_notes": "No notes were recorded.",
    "acta.consensus": "Approved by consensus.",
    "acta.votes": "Votes: {yes} in favour, {no} against, {abstentions} abstentions.",
    "acta.decision": "Decision {number}:",
    "acta.commitments": "Commitments",
    "acta.no_commitments": "No new commitments were made at this meeting.",
    "acta.follow_ups": "Follow-up of earlier commitments",
    "acta.no_follow_ups": "No earlier commitments were reviewed.",
    "acta.next_meeting": "Next meeting",
    "acta.no_next_meeting": "The date of the next meeting was not set.",
    "acta.closing": "The agenda having been completed, the meeting is closed",
    "acta.closing_at": " at {time}",
    "acta.signatures": "Signatures",
    "acta.signing": (
        "In witness whereof, those who attended sign, each in the “Signature” column of "
        "the attendance list, as does the process facilitator:"
    ),
    "acta.addenda": "Errata",
    "acta.addenda_intro": (
        "Corrections recorded after the minutes were closed. The text of the minutes is "
        "not changed: each correction is added here, with its number and date."
    ),
    "acta.addendum": "Erratum No. {number}",
    "acta.annex_code": "Code of the annexes (errata and signatures): {code}",
    "acta.footer": "Minutes No. {number}",
    "acta.pdf_title": "Minutes No. {number} — {name}",
    "acta.pdf_subject": "Minutes of the alliance's meeting",
    # -- the attendance sheet (planilla) -------------------------------------------------
    "sheet.title": "ATTENDANCE SHEET",
    "sheet.time": "Time",
    "sheet.meeting": "Meeting",
    "sheet.objective": "Purpose:",
    "sheet.agenda": "Agenda:",
    "sheet.consent": (
        "<b>* Processing of personal data (Colombian Law 1581 of 2012).</b> Whoever writes "
        "their document number or phone number on this sheet, and signs, declares: "
    ),
    "sheet.authorization.v1": (
        "I authorise the National Alliances Programme and the facilitator to process my "
        "personal data (name, document, phone number and email) in order to record the "
        "contact details of those taking part in the alliance so as to convene meetings, "
        "follow up commitments and draw up minutes and agreements. I know that I may "
        "consult, correct, update and ask for the erasure of my data, and withdraw this "
        "authorisation, under Law 1581 of 2012 and Decree 1377 of 2013. I am not obliged "
        "to provide sensitive data."
    ),
    "sheet.col.number": "#",
    "sheet.col.name": "Name",
    "sheet.col.document": "Document",
    "sheet.col.organization": "Organisation",
    "sheet.col.cargo": "Position",
    "sheet.col.phone": "Phone *",
    "sheet.col.signature": "Signature",
    "sheet.footer_on": "Attendance sheet · {when}",
    "sheet.footer": "Attendance sheet",
    "sheet.see_authorization": "see the authorisation (*) at the top of page 1",
    "sheet.personal_data": "Personal data, Law 1581 of 2012",
    "sheet.pdf_title": "Attendance sheet — {name}",
    "sheet.pdf_subject": "Attendance sheet for the alliance's meeting",
    # -- the evaluation report -----------------------------------------------------------
    "evaluation.title": "EVALUATION REPORT",
    "evaluation.review_of": "Periodic review of {when}",
    "evaluation.alliance": "Alliance",
    "evaluation.territory": "Territory",
    "evaluation.date": "Date of the evaluation",
    "evaluation.previous": "Previous evaluation",
    "evaluation.first": "This is the first",
    "evaluation.intro": (
        "Evaluation, while an instrument of control, is above all an opportunity to reflect "
        "in order to change and to act on changes in the surroundings. The partners scored "
        "from 1 (very weak) to 5 (very strong) the four conditions of the alliance, the five "
        "values that guide its work and the seven success factors of consolidation."
    ),
    "evaluation.at_a_glance": "The alliance at a glance",
    "evaluation.this_one": "This evaluation ({when})",
    "evaluation.previous_one": "Previous evaluation ({when})",
    "evaluation.trend": "How each dimension has evolved",
    "evaluation.first_trend": (
        "This is the alliance's first evaluation: the evolution will show from the next one."
    ),
    "evaluation.fulfilment": "Fulfilment of commitments by partner",
    "evaluation.no_commitments": "The alliance has no commitments recorded.",
    "evaluation.fulfilment_intro": (
        "Each partner's fulfilled commitments out of all its commitments not cancelled, as "
        "of the date the report is printed."
    ),
    "evaluation.share": "{fulfilled} of {total} ({percent}%)",
    "evaluation.scores": "Score of each dimension",
    "evaluation.by_partner": "By partner: ",
    "evaluation.disagree": " — the partners disagree",
    "evaluation.col.dimension": "Dimension and what the guide says",
    "evaluation.col.score": "Score",
    "evaluation.col.previous": "Previous",
    "evaluation.col.comment": "Comment",
    "evaluation.follow_up": "Follow-up",
    "evaluation.reviewed": "Commitments reviewed",
    "evaluation.none_changed": "No commitment changed status in this review.",
    "evaluation.col.partner": "Partner",
    "evaluation.col.was": "Was",
    "evaluation.col.now": "Now",
    "evaluation.activities": "Work plan activities",
    "evaluation.no_activities": "The alliance has no activities in its work plan.",
    "evaluation.col.activity": "Activity",
    "evaluation.col.status": "Status",
    "evaluation.reflection": "Reflection",
    "evaluation.context_changes": "What changed around the alliance",
    "evaluation.learnings": "What the partners learned",
    "evaluation.decisions": "Decisions to adapt",
    "evaluation.no_decisions": "No decisions were made in this review.",
    "evaluation.outcome.registro": "Recorded",
    "evaluation.outcome.compromiso": "New commitment",
    "evaluation.outcome.actividad": "New plan activity",
    "evaluation.col.decision": "Decision",
    "evaluation.col.becomes": "Becomes",
    "evaluation.footer": "Evaluation report · {when}",
    "evaluation.pdf_title": "Evaluation report — {name}",
    "evaluation.pdf_subject": "The alliance's evaluation report (periodic review)",
    # -- the personal-data report --------------------------------------------------------
    "person.title": "PERSONAL DATA REPORT",
    "person.law": "Colombian Law 1581 of 2012 and Decree 1377 of 2013",
    "person.generated": "Generated on {when}",
    "person.intro": (
        "This report gathers all the personal data the Alianzas application keeps about the "
        "data subject, the authorisations they gave for its processing, their participation "
        "in alliances, the documents they appear in and the requests they have made."
    ),
    "person.data": "The person's data",
    "person.document": "Identity document",
    "person.phone": "Phone",
    "person.email": "Email",
    "person.minor": "Minor",
    "person.registered": "Registered on",
    "person.erased": "Data erased on",
    "person.authorizations": "Authorisations to process the data",
    "person.no_authorizations": "No authorisations are recorded.",
    "person.method": "Method",
    "person.revoked": "Withdrawn on {when}",
    "person.in_force": "In force",
    "person.recorded_by": "Recorded by",
    "person.witness": "Witness",
    "person.guardian": "Legal representative",
    "person.purpose": "Purpose (as stated, in Spanish)",
    "person.authorization": "Authorisation {number}",
    "person.text_shown": "Text shown to the person, in Spanish",
    "person.text_version": " (version {version}):",
    "person.no_text": "The text of this version is not kept.",
    "person.participation": "Participation in alliances",
    "person.no_participation": "Not listed as the representative of any partner.",
    "person.documents": "Documents the person appears in",
    "person.no_documents": "Does not appear in any issued document.",
    "person.col.document": "Document",
    "person.requests": "Requests made",
    "person.pending": "Pending",
    "person.no_requests": "No requests made.",
    "person.col.request": "Request",
    "person.col.received": "Received",
    "person.col.due": "Answer due",
    "person.col.answered": "Answered",
    "person.rights": "Your rights",
    "person.rights_text": (
        "As the data subject, you may at any time know your data, ask for it to be corrected "
        "or updated, ask for its erasure and withdraw the authorisation you gave (Law 1581 "
        "of 2012, article 8). Queries are answered within ten working days at most and "
        "claims within fifteen working days. Documents already signed or issued, such as "
        "agreements of commitments, keep the names of those who signed them, because they "
        "are part of a commitment made."
    ),
    "person.footer": "Personal data report",
    "person.report_date": "Date of the report",
    "person.pdf_title": "Personal data report — {name}",
    "person.pdf_subject": "Personal data report (Law 1581 of 2012)",
    # -- the work plan -------------------------------------------------------------------
    "workplan.title": "Work plan",
    "workplan.formality": "{kind} alliance",
    "workplan.activities": "1. Activities",
    "workplan.count": "{activities} activities; {milestones} milestones (marked {mark}).",
    "workplan.count_one": "{activities} activities; {milestones} milestone (marked {mark}).",
    "workplan.col.number": "#",
    "workplan.col.activity": "Activity",
    "workplan.col.responsible": "Responsible",
    "workplan.col.dates": "Dates",
    "workplan.col.expected_result": "Expected result",
    "workplan.col.commitments": "Commitments it serves",
    "workplan.col.milestone": "Milestone",
    "workplan.from_to": "{start}\nto\n{end}",
    "workplan.chart": "2. Monthly schedule",
    "workplan.window": "From {first} to {last}",
    "workplan.nobody": "No one responsible",
    "workplan.flows": "3. Information exchange",
    "workplan.col.channel": "Channel",
    "workplan.col.frequency": "Frequency",
    "workplan.col.informs": "Who informs",
    "workplan.col.informed": "Whom",
    "workplan.col.records": "Where the records are kept",
    "workplan.roles": "4. Roles in the coordination",
    "workplan.col.role": "Role",
    "workplan.col.partner": "Partner",
    "workplan.col.person": "Person",
    "workplan.col.spokesperson": "Spokesperson",
    "workplan.speaks_for": "Speaks for the alliance:",
    "workplan.formalization": "5. Formalisation",
    "workplan.legal_figure": "Legal form",
    "workplan.convenio_number": "Agreement (convenio) No.",
    "workplan.convenio_date": "Date of the convenio",
    "workplan.convenio_signed": "Signed convenio",
    "workplan.no_scan": "No scan was attached.",
    "workplan.decision_recording": "How decisions are recorded",
    "workplan.informal": "The alliance is informal: it is not legally constituted.",
    "workplan.footer": "Work plan",
    "workplan.pdf_title": "Work plan - {name}",
    "workplan.pdf_subject": "The alliance's work plan",
    # -- the alliance profile (ficha) ----------------------------------------------------
    "profile.title": "ALLIANCE PROFILE",
    "profile.phase": "Phase",
    "profile.area": "Area",
    "profile.since": "Since",
    "profile.facilitation": "Facilitation",
    "profile.fulfilled": "Commitments fulfilled",
    "profile.done_of": "{done} of {total}",
    "profile.no_objectives": "Not defined.",
    "profile.partners": "Partners by sector ({count})",
    "profile.more": "… and {count} more",
    "profile.more_kinds": "… and {count} more kinds",
    "profile.no_commitments": "No commitments recorded",
    "profile.contributions": "Contributions committed",
    "profile.health": "Health of the alliance",
    "profile.lessons": "Main lessons",
    "profile.no_lessons": "The experience has not been systematized yet.",
    "profile.footer": "Alliance profile · {when}",
    "profile.pdf_title": "Alliance profile — {name}",
    "profile.pdf_subject": "Alliance profile",
    # -- the systematization report ------------------------------------------------------
    "systematization.title": "SYSTEMATIZATION REPORT",
    "systematization.subtitle": "Systematization of the alliance's experience",
    "systematization.period": "{start} to {end}",
    "systematization.phase": "Current phase",
    "systematization.period_label": "Period systematized",
    "systematization.date": "Date of the report",
    "systematization.intro": (
        "Systematizing experiences makes it possible to rescue and document the main "
        "learnings of working in alliance, and to take a critical, retrospective view of the "
        "process lived so as to know the main lessons learned and what can be passed on to "
        "others."
    ),
    "systematization.starting_point": "Starting point",
    "systematization.participants": "Who takes part",
    "systematization.records": "Records available",
    "systematization.initial_questions": "Initial questions",
    "systematization.why": "Why systematize?",
    "systematization.axis": "Central axis",
    "systematization.recovery": "Recovering the process lived",
    "systematization.empty": "The chronology is empty.",
    "systematization.timeline_intro": (
        "The timeline gathers what the alliance recorded —founding, agreements, phases, "
        "meetings, commitments, evaluations and conflicts— with the notes and milestones "
        "added by those systematizing."
    ),
    "systematization.chronology": "Chronology",
    "systematization.note": "Note: {note}",
    "systematization.moment": "Moment",
    "systematization.what": "What happened",
    "systematization.family.0": "Founding, phases and agreements",
    "systematization.family.1": "Meetings and evaluations",
    "systematization.family.2": "Commitments and partners",
    "systematization.family.3": "Conflicts",
    "systematization.family.4": "Sustainability, benefits and milestones",
    "systematization.reflection": "In-depth reflection",
    "systematization.no_answers": "The guiding questions were not answered.",
    "systematization.arrival": "Points of arrival",
    "systematization.conclusions": "Conclusions",
    "systematization.lessons": "Lessons learned",
    "systematization.no_lessons": "No lessons were recorded.",
    "systematization.lesson": "Lesson {number}",
    "systematization.what_happened": "What happened",
    "systematization.why_it_matters": "Why it matters",
    "systematization.recommendation": "Recommendation for others",
    "systematization.tags": "Tags: {tags}",
    "systematization.footer": "Systematization report",
    "systematization.pdf_title": "Systematization report — {name}",
}

_LABELS: dict[str, dict[str, str]] = {
    "PaperSize": {"letter": "Letter", "a4": "A4"},
    "MeetingKind": {"ordinaria": "Ordinary", "extraordinaria": "Extraordinary"},
    "MeetingStatus": {"convocada": "Convened", "en_curso": "In progress", "cerrada": "Closed"},
    "AttendanceStatus": {
        "invitado": "Invited",
        "asistio": "Present",
        "ausente_excusa": "Absent with apology",
        "ausente": "Absent without apology",
    },
    "Sector": {"publico": "Public", "privado": "Private", "sociedad_civil": "Civil society"},
    "Phase": {
        "nacimiento": "Birth",
        "puesta_en_marcha": "Start-up",
        "consolidacion": "Consolidation and sustainability",
        "proyeccion": "Projection",
    },
    "Condition": {
        "relaciones_abiertas": "Open relations",
        "socios_activos": "Active partners",
        "complementariedad": "Complementary contributions",
        "proposito_comun": "Common purpose",
    },
    "Condition.description": {
        "relaciones_abiertas": (
            "The partners communicate frankly, share information and know each other's interests."
        ),
        "socios_activos": "Each partner takes part in decisions and takes on at least one "
        "commitment.",
        "complementariedad": (
            "The partners' contributions complement each other: each brings what the others lack."
        ),
        "proposito_comun": ("All recognise one clear, shared purpose that guides the alliance."),
    },
    "Value": {
        "confianza": "Trust",
        "respeto": "Respect",
        "inclusion": "Inclusion",
        "transparencia": "Transparency",
        "responsabilidad_compartida": "Shared responsibility",
    },
    "Logic": {"tecnica": "Technical", "politica": "Political", "etica": "Ethical"},
    "ContributionKind": {
        "dinero": "Money",
        "especie": "In kind",
        "conocimiento_tecnico": "Technical knowledge",
        "talento_humano": "Human talent",
        "respaldo_politico": "Political/institutional backing",
        "otro": "Other",
    },
    "Influence": {"alta": "High", "media": "Medium", "baja": "Low"},
    "Formality": {
        "formal": "Formal (legally constituted)",
        "informal": "Informal (not legally constituted)",
    },
    "Complexity": {"simple": "Simple", "compleja": "Complex"},
    "ConflictLevel": {
        "aspectos_externos": "External aspects",
        "dificultades_propias": "Difficulties inherent to working in alliance",
        "incidentes_criticos": "Critical incidents",
    },
    "ConflictStatus": {
        "abierto": "Open",
        "en_manejo": "Being handled",
        "resuelto": "Resolved",
        "escalado": "Escalated",
    },
    "ConflictHandling": {
        "dialogo_directo": "Direct dialogue",
        "comite": "Alliance committee",
        "mediacion_tercero": "Third-party mediation",
        "otro": "Other",
    },
    "InformationChannel": {
        "reunion": "Meeting",
        "whatsapp": "WhatsApp",
        "correo": "Email",
        "llamada": "Phone call",
        "cartelera": "Notice board",
        "otro": "Other",
    },
    "CoordinationRole": {
        "coordinacion": "Coordination",
        "secretaria_tecnica": "Technical secretariat",
        "tesoreria": "Treasury",
        "veeduria": "Oversight",
        "otro": "Other",
    },
    "ActivityStatus": {
        "pendiente": "Pending",
        "en_curso": "In progress",
        "cumplida": "Done",
        "cancelada": "Cancelled",
    },
    "DimensionGroup": {
        "condicion": "Conditions",
        "valor": "Values",
        "factor": "Success factors",
    },
    "Benefit": {
        "tejido_social": "Strengthening the social fabric",
        "recursos_respuesta_institucional": (
            "More resources available and a better institutional response"
        ),
        "garantias_sostenibilidad": "More guarantees for the initiatives' sustainability",
        "aprendizaje_social": "Better social learning",
        "valorar_diversidad": "Understanding and valuing diversity",
    },
    "PolicyPath": {
        "politica_publica": "Public policy",
        "plan_municipal": "Municipal development plan",
        "presupuesto_publico": "Public budget",
        "organizaciones_socias": "The partner organisations",
        "otro": "Other",
    },
    "ReplicationKind": {"replica": "Replication", "escalamiento": "Scaling up"},
    "Health": {"verde": "Green", "amarillo": "Yellow", "rojo": "Red"},
    "ApplicationArea": {
        "productividad": "Agricultural or craft productivity",
        "empleo_ingresos": "Employment and income generation",
        "poblaciones_especificas": "Specific populations and social services",
        "acceso_justicia": "Access to justice",
        "infraestructura": "Public-service infrastructure and housing",
        "desarrollo_local": "Integral local development",
    },
    "SuccessFactor": {
        "intercambio_informacion": "Encouraging the exchange of information",
        "fortalezas_socios": "Emphasising the partners' strengths",
        "seguimiento": "Following up",
        "evaluacion": "Evaluating",
        "reflexion_procesos": "Reflecting on the processes",
        "manejo_conflictos": "Handling conflicts well",
        "resultados_tangibles": "Achieving tangible results",
    },
    "CommitmentStatus": {
        "pendiente": "Pending",
        "en_curso": "In progress",
        "cumplido": "Fulfilled",
        "incumplido": "Unfulfilled",
        "cancelado": "Cancelled",
    },
    "VersionStatus": {"borrador": "Draft", "emitido": "Issued", "firmado": "Signed"},
    "AuthorizationMethod": {
        "escrito": "In writing (signed form)",
        "pantalla": "On screen",
        "verbal": "Verbal, with a witness",
    },
    "RequestKind": {
        "consulta": "Query",
        "correccion": "Correction or update",
        "supresion": "Erasure",
        "revocatoria": "Withdrawal of the authorisation",
    },
}

ENGLISH_LABELS: dict[tuple[str, str], str] = {
    (enum_name, code): text
    for enum_name, labels in _LABELS.items()
    for code, text in labels.items()
}
