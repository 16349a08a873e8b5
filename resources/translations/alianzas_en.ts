<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="es_CO">
<context>
    <name>ActivitiesPage</name>
    <message>
        <source>1. Plan de trabajo</source>
        <translation>1. Work plan</translation>
    </message>
    <message>
        <source>Las actividades, quién responde por cada una, cuándo y para qué.</source>
        <translation>The activities, who is responsible for each one, when, and what for.</translation>
    </message>
    <message>
        <source>&amp;Agregar actividad</source>
        <translation>&amp;Add activity</translation>
    </message>
</context>
<context>
    <name>ActivityEditor</name>
    <message>
        <source>¿Qué se va a hacer?</source>
        <translation>What is going to be done?</translation>
    </message>
    <message>
        <source>(elija el socio)</source>
        <translation>(choose the partner)</translation>
    </message>
    <message>
        <source>¿Qué habrá al terminar?</source>
        <translation>What will there be at the end?</translation>
    </message>
    <message>
        <source>Es un &amp;hito (un momento clave del plan)</source>
        <translation>It is a &amp;milestone (a key moment of the plan)</translation>
    </message>
    <message>
        <source>Acti&amp;vidad:</source>
        <translation>Acti&amp;vity:</translation>
    </message>
    <message>
        <source>&amp;Socio responsable:</source>
        <translation>Responsible &amp;partner:</translation>
    </message>
    <message>
        <source>&amp;Persona:</source>
        <translation>Perso&amp;n:</translation>
    </message>
    <message>
        <source>&amp;Fin:</source>
        <translation>&amp;End:</translation>
    </message>
    <message>
        <source>&amp;Inicio:</source>
        <translation>&amp;Start:</translation>
    </message>
    <message>
        <source>&amp;Resultado esperado:</source>
        <translation>Expected &amp;result:</translation>
    </message>
    <message>
        <source>Co&amp;mpromisos que atiende:</source>
        <translation>&amp;Commitments it serves:</translation>
    </message>
    <message>
        <source>(sin persona)</source>
        <translation>(no person)</translation>
    </message>
</context>
<context>
    <name>ActivityFollowUpModel</name>
    <message>
        <source>Actividad del plan</source>
        <translation>Work plan activity</translation>
    </message>
    <message>
        <source>Responsable</source>
        <translation>Responsible</translation>
    </message>
    <message>
        <source>Termina</source>
        <translation>Ends</translation>
    </message>
    <message>
        <source>Estado</source>
        <translation>Status</translation>
    </message>
</context>
<context>
    <name>ActivityListModel</name>
    <message>
        <source>Actividad</source>
        <translation>Activity</translation>
    </message>
    <message>
        <source>Responsable</source>
        <translation>Responsible</translation>
    </message>
    <message>
        <source>Inicio</source>
        <translation>Start</translation>
    </message>
    <message>
        <source>Fin</source>
        <translation>End</translation>
    </message>
    <message>
        <source>Hito</source>
        <translation>Milestone</translation>
    </message>
    <message>
        <source>(sin título)</source>
        <translation>(untitled)</translation>
    </message>
</context>
<context>
    <name>AddendumDialog</name>
    <message>
        <source>Agregar fe de erratas</source>
        <translation>Add an erratum</translation>
    </message>
    <message>
        <source>El Acta No. {0} está cerrada y no se modifica. Escriba la corrección: queda como fe de erratas y se imprime al final del acta.</source>
        <translation>Minutes No. {0} are closed and cannot be changed. Write the correction: it is kept as an erratum and printed at the end of the minutes.</translation>
    </message>
    <message>
        <source>Por ejemplo: En el punto 2, donde dice «45 fincas» debe decir «46 fincas».</source>
        <translation>For example: In item 2, where it says «45 farms» it should say «46 farms».</translation>
    </message>
    <message>
        <source>Agregar</source>
        <translation>Add</translation>
    </message>
    <message>
        <source>Cancelar</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Escriba la corrección.</source>
        <translation>Write the correction.</translation>
    </message>
</context>
<context>
    <name>AgendaModel</name>
    <message>
        <source>No.</source>
        <translation>No.</translation>
    </message>
    <message>
        <source>Punto del orden del día</source>
        <translation>Agenda item</translation>
    </message>
</context>
<context>
    <name>AgendaPanel</name>
    <message>
        <source>Próximas sesiones ({0})</source>
        <translation>Upcoming meetings ({0})</translation>
    </message>
    <message>
        <source>Próximas sesiones: {shown} de {total} (las más cercanas primero)</source>
        <translation>Upcoming meetings: {shown} of {total} (soonest first)</translation>
    </message>
    <message>
        <source>Compromisos vencidos ({0})</source>
        <translation>Overdue commitments ({0})</translation>
    </message>
    <message>
        <source>Compromisos vencidos: {shown} de {total} (los más antiguos primero)</source>
        <translation>Overdue commitments: {shown} of {total} (oldest first)</translation>
    </message>
    <message>
        <source>No hay sesiones convocadas.</source>
        <translation>No meetings have been convened.</translation>
    </message>
    <message>
        <source>Ningún compromiso vencido.</source>
        <translation>No overdue commitments.</translation>
    </message>
    <message>
        <source>Leyendo la agenda…</source>
        <translation>Reading the agenda…</translation>
    </message>
</context>
<context>
    <name>AllianceEditDialog</name>
    <message>
        <source>Corregir «{name}»</source>
        <translation>Correct «{name}»</translation>
    </message>
    <message>
        <source>Opcional</source>
        <translation>Optional</translation>
    </message>
    <message>
        <source>El acuerdo de compromisos muestra estos datos. Si ya fue emitido, al guardar se abre una nueva versión (otrosí); la versión emitida no cambia.</source>
        <translation>The commitments agreement shows these details. If it has already been issued, saving opens a new version (amendment); the issued version does not change.</translation>
    </message>
    <message>
        <source>&amp;Guardar</source>
        <translation>&amp;Save</translation>
    </message>
    <message>
        <source>Cancelar</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>&amp;Nombre de la alianza:</source>
        <translation>Alliance &amp;name:</translation>
    </message>
    <message>
        <source>&amp;Departamento:</source>
        <translation>&amp;Department:</translation>
    </message>
    <message>
        <source>&amp;Municipio:</source>
        <translation>&amp;Municipality:</translation>
    </message>
    <message>
        <source>&amp;Vereda o corregimiento:</source>
        <translation>&amp;Vereda or corregimiento:</translation>
    </message>
    <message>
        <source>Datos básicos</source>
        <translation>Basic details</translation>
    </message>
    <message>
        <source>Propósito y condiciones</source>
        <translation>Purpose and conditions</translation>
    </message>
    <message>
        <source>Estructura</source>
        <translation>Structure</translation>
    </message>
    <message>
        <source>Corregir la alianza</source>
        <translation>Correct the alliance</translation>
    </message>
</context>
<context>
    <name>AlliancePage</name>
    <message>
        <source>Seguimiento</source>
        <translation>Follow-up</translation>
    </message>
    <message>
        <source>Conflictos</source>
        <translation>Conflicts</translation>
    </message>
    <message>
        <source>Conflictos ({count})</source>
        <translation>Conflicts ({count})</translation>
    </message>
    <message>
        <source>← Alianzas</source>
        <translation>← Alliances</translation>
    </message>
    <message>
        <source>Volver a la lista de alianzas (Alt+Izquierda)</source>
        <translation>Back to the list of alliances (Alt+Left)</translation>
    </message>
    <message>
        <source>Ver / &amp;Imprimir…</source>
        <translation>View / P&amp;rint…</translation>
    </message>
    <message>
        <source>E&amp;mitir…</source>
        <translation>&amp;Issue…</translation>
    </message>
    <message>
        <source>Congela el contenido del borrador para imprimirlo y firmarlo.</source>
        <translation>Freezes the draft&apos;s content so it can be printed and signed.</translation>
    </message>
    <message>
        <source>&amp;Guardar PDF…</source>
        <translation>&amp;Save PDF…</translation>
    </message>
    <message>
        <source>Regis&amp;trar firma…</source>
        <translation>Record si&amp;gnature…</translation>
    </message>
    <message>
        <source>Abrir &amp;escaneo firmado</source>
        <translation>Open signed sc&amp;an</translation>
    </message>
    <message>
        <source>&amp;Nueva sesión…</source>
        <translation>&amp;New meeting…</translation>
    </message>
    <message>
        <source>Convocar una sesión con los socios y llevar su acta.</source>
        <translation>Convene a meeting with the partners and keep its minutes.</translation>
    </message>
    <message>
        <source>&amp;Editar compromisos…</source>
        <translation>&amp;Edit commitments…</translation>
    </message>
    <message>
        <source>Agregar, cambiar o retirar compromisos; si el acuerdo ya fue emitido, los cambios van en una nueva versión (otrosí).</source>
        <translation>Add, change or withdraw commitments; if the agreement has already been issued, the changes go into a new version (amendment).</translation>
    </message>
    <message>
        <source>Historial del com&amp;promiso…</source>
        <translation>Commitment hi&amp;story…</translation>
    </message>
    <message>
        <source>Quién lo cambió y cómo, y su seguimiento en las sesiones.</source>
        <translation>Who changed it and how, and its follow-up in the meetings.</translation>
    </message>
    <message>
        <source>Cambiar de &amp;fase…</source>
        <translation>Change &amp;phase…</translation>
    </message>
    <message>
        <source>Registrar que la alianza pasó a otra fase de su ciclo.</source>
        <translation>Record that the alliance moved on to another phase of its cycle.</translation>
    </message>
    <message>
        <source>&amp;Corregir datos…</source>
        <translation>&amp;Correct details…</translation>
    </message>
    <message>
        <source>Nombre, territorio, propósito, objetivos y estructura; si el acuerdo ya fue emitido, los cambios van en una nueva versión (otrosí).</source>
        <translation>Name, territory, purpose, objectives and structure; if the agreement has already been issued, the changes go into a new version (amendment).</translation>
    </message>
    <message>
        <source>Archi&amp;var…</source>
        <translation>Archi&amp;ve…</translation>
    </message>
    <message>
        <source>Quitarla de la lista de alianzas sin borrar nada; se puede restaurar.</source>
        <translation>Remove it from the list of alliances without deleting anything; it can be restored.</translation>
    </message>
    <message>
        <source>Esta alianza está archivada: no aparece en la lista y sus datos no se corrigen. Restáurela para seguir trabajando con ella.</source>
        <translation>This alliance is archived: it does not appear in the list and its details cannot be corrected. Restore it to keep working with it.</translation>
    </message>
    <message>
        <source>&amp;Restaurar alianza</source>
        <translation>&amp;Restore alliance</translation>
    </message>
    <message>
        <source>A&amp;gregar socio…</source>
        <translation>&amp;Add partner…</translation>
    </message>
    <message>
        <source>Una organización se suma a la alianza y al acuerdo (otrosí si ya se emitió).</source>
        <translation>An organisation joins the alliance and the agreement (an amendment if it was already issued).</translation>
    </message>
    <message>
        <source>Re&amp;tirar socio…</source>
        <translation>&amp;Withdraw partner…</translation>
    </message>
    <message>
        <source>El socio deja la alianza; queda en la lista como retirado, con su historia.</source>
        <translation>The partner leaves the alliance; it stays on the list as withdrawn, with its history.</translation>
    </message>
    <message>
        <source>Socios</source>
        <translation>Partners</translation>
    </message>
    <message>
        <source>Compromisos</source>
        <translation>Commitments</translation>
    </message>
    <message>
        <source>Acuerdo</source>
        <translation>Agreement</translation>
    </message>
    <message>
        <source>Sesiones</source>
        <translation>Meetings</translation>
    </message>
    <message>
        <source>Plan de trabajo</source>
        <translation>Work plan</translation>
    </message>
    <message>
        <source>Historial</source>
        <translation>History</translation>
    </message>
    <message>
        <source>desde el {date}</source>
        <translation>since {date}</translation>
    </message>
    <message>
        <source>facilita {name}</source>
        <translation>facilitated by {name}</translation>
    </message>
    <message>
        <source>Propósito común: {purpose}</source>
        <translation>Common purpose: {purpose}</translation>
    </message>
    <message>
        <source>Socios ({count}, 1 retirado)</source>
        <translation>Partners ({count}, 1 withdrawn)</translation>
    </message>
    <message>
        <source>Socios ({count}, {retired} retirados)</source>
        <translation>Partners ({count}, {retired} withdrawn)</translation>
    </message>
    <message>
        <source>Socios ({count})</source>
        <translation>Partners ({count})</translation>
    </message>
    <message>
        <source>Compromisos ({count})</source>
        <translation>Commitments ({count})</translation>
    </message>
    <message>
        <source>Sesiones ({count})</source>
        <translation>Meetings ({count})</translation>
    </message>
    <message>
        <source>Archivar la alianza</source>
        <translation>Archive the alliance</translation>
    </message>
    <message>
        <source>«{name}» dejará de aparecer en la lista de alianzas. No se borra nada: puede verla y restaurarla con Alianza ▸ Mostrar archivadas.

¿Archivar la alianza?</source>
        <translation>«{name}» will no longer appear in the list of alliances. Nothing is deleted: you can see it and restore it with Alliance ▸ Show archived.

Archive the alliance?</translation>
    </message>
    <message>
        <source>No se pudo archivar</source>
        <translation>Could not archive</translation>
    </message>
    <message>
        <source>No se pudo restaurar</source>
        <translation>Could not restore</translation>
    </message>
    <message>
        <source>Esta alianza aún no tiene acuerdo de compromisos.</source>
        <translation>This alliance does not have a commitments agreement yet.</translation>
    </message>
    <message>
        <source>La versión {number} es un borrador: sigue los cambios de los compromisos. Emítala para imprimirla y firmarla.</source>
        <translation>Version {number} is a draft: it follows the changes to the commitments. Issue it to print it and have it signed.</translation>
    </message>
    <message>
        <source>La versión {number} está emitida: imprímala, hágala firmar por los socios y registre la firma.</source>
        <translation>Version {number} has been issued: print it, have the partners sign it and record the signature.</translation>
    </message>
    <message>
        <source>La versión {number} está firmada; su contenido ya no cambia.</source>
        <translation>Version {number} is signed; its content no longer changes.</translation>
    </message>
    <message>
        <source>Acuerdo de compromisos</source>
        <translation>Commitments agreement</translation>
    </message>
    <message>
        <source>Esta instalación no puede generar el documento PDF.</source>
        <translation>This installation cannot produce the PDF document.</translation>
    </message>
    <message>
        <source>Acuerdo de compromisos — versión {number}</source>
        <translation>Commitments agreement — version {number}</translation>
    </message>
    <message>
        <source>Este es un borrador. Para imprimir la versión que firman los socios, use «Emitir e imprimir».</source>
        <translation>This is a draft. To print the version the partners sign, use «Issue and print».</translation>
    </message>
    <message>
        <source>Emitir e imprimir…</source>
        <translation>Issue and print…</translation>
    </message>
    <message>
        <source>Versión emitida. Imprímala para que los socios la firmen.</source>
        <translation>Version issued. Print it so the partners can sign it.</translation>
    </message>
    <message>
        <source>Emitir el acuerdo</source>
        <translation>Issue the agreement</translation>
    </message>
    <message>
        <source>Al emitir, el contenido queda congelado: es el que se imprime y firman los socios. Los cambios posteriores irán en una nueva versión (otrosí).

¿Emitir la versión {number}?</source>
        <translation>When it is issued, the content is frozen: it is what gets printed and signed by the partners. Later changes will go into a new version (amendment).

Issue version {number}?</translation>
    </message>
    <message>
        <source>No se pudo emitir</source>
        <translation>Could not issue</translation>
    </message>
    <message>
        <source>Versión {number} emitida. Imprímala para que los socios la firmen.</source>
        <translation>Version {number} issued. Print it so the partners can sign it.</translation>
    </message>
    <message>
        <source>Guardar PDF</source>
        <translation>Save PDF</translation>
    </message>
    <message>
        <source>Documento PDF (*.pdf)</source>
        <translation>PDF document (*.pdf)</translation>
    </message>
    <message>
        <source>No se pudo guardar</source>
        <translation>Could not save</translation>
    </message>
    <message>
        <source>Registrar firma</source>
        <translation>Record signature</translation>
    </message>
    <message>
        <source>Primero emita (imprima) esta versión; después regístrela firmada.</source>
        <translation>First issue (print) this version; then record it as signed.</translation>
    </message>
    <message>
        <source>No se pudo registrar la firma</source>
        <translation>Could not record the signature</translation>
    </message>
    <message>
        <source>Plan de trabajo ({0})</source>
        <translation>Work plan ({0})</translation>
    </message>
</context>
<context>
    <name>AllianceTableModel</name>
    <message>
        <source> · 1 incidente crítico</source>
        <translation> · 1 critical incident</translation>
    </message>
    <message>
        <source> · {count} incidentes críticos</source>
        <translation> · {count} critical incidents</translation>
    </message>
    <message>
        <source>Alianza</source>
        <translation>Alliance</translation>
    </message>
    <message>
        <source>Territorio</source>
        <translation>Territory</translation>
    </message>
    <message>
        <source>Área de aplicación</source>
        <translation>Area of application</translation>
    </message>
    <message>
        <source>Fase</source>
        <translation>Phase</translation>
    </message>
    <message>
        <source>Socios</source>
        <translation>Partners</translation>
    </message>
    <message>
        <source>Próximo vencimiento</source>
        <translation>Next deadline</translation>
    </message>
    <message>
        <source>Salud</source>
        <translation>Health</translation>
    </message>
    <message>
        <source>{name} (archivada)</source>
        <translation>{name} (archived)</translation>
    </message>
</context>
<context>
    <name>ArrivalPage</name>
    <message>
        <source>5. Puntos de llegada</source>
        <translation>5. Points of arrival</translation>
    </message>
    <message>
        <source>Las conclusiones y las lecciones que pueden transmitir a otros.</source>
        <translation>The conclusions, and the lessons they can pass on to others.</translation>
    </message>
    <message>
        <source>Lo que concluyen de la experiencia</source>
        <translation>What they conclude from the experience</translation>
    </message>
    <message>
        <source>&amp;Agregar lección</source>
        <translation>&amp;Add lesson</translation>
    </message>
    <message>
        <source>&amp;Quitar lección</source>
        <translation>Remo&amp;ve lesson</translation>
    </message>
    <message>
        <source>&amp;Conclusiones:</source>
        <translation>&amp;Conclusions:</translation>
    </message>
    <message>
        <source>Lecciones aprendidas</source>
        <translation>Lessons learned</translation>
    </message>
    <message>
        <source>Faltan datos en algunas lecciones: revise el marcado.</source>
        <translation>Some lessons are missing information: check the marked ones.</translation>
    </message>
</context>
<context>
    <name>AttendancePage</name>
    <message>
        <source>2. Asistencia</source>
        <translation>2. Attendance</translation>
    </message>
    <message>
        <source>Marque quién asistió y quién se excusó; agregue a quien llegó sin invitación.</source>
        <translation>Mark who attended and who sent apologies; add anyone who came without an invitation.</translation>
    </message>
    <message>
        <source>A&amp;sistió</source>
        <translation>A&amp;ttended</translation>
    </message>
    <message>
        <source>Ausente con &amp;excusa</source>
        <translation>Absent with &amp;apologies</translation>
    </message>
    <message>
        <source>Ausente si&amp;n excusa</source>
        <translation>Absent wit&amp;hout apologies</translation>
    </message>
    <message>
        <source>T&amp;odos asistieron</source>
        <translation>Every&amp;one attended</translation>
    </message>
    <message>
        <source>Agregar &amp;persona…</source>
        <translation>Add &amp;person…</translation>
    </message>
    <message>
        <source>&amp;Quitar</source>
        <translation>&amp;Remove</translation>
    </message>
    <message>
        <source>Seleccione una o varias personas (Ctrl + clic, o Mayús + flechas) y pulse el botón de su asistencia. La casilla «Invitado» señala a quien no es delegado de un socio (con el teclado: llegue a la casilla con las flechas y pulse Espacio).</source>
        <translation>Select one or more people (Ctrl + click, or Shift + arrows) and press the button for their attendance. The «Guest» box marks someone who is not a partner&apos;s delegate (with the keyboard: reach the box with the arrows and press Space).</translation>
    </message>
    <message>
        <source>Marcar:</source>
        <translation>Mark:</translation>
    </message>
    <message>
        <source>1 persona presente</source>
        <translation>1 person present</translation>
    </message>
    <message>
        <source>{0} personas presentes</source>
        <translation>{0} people present</translation>
    </message>
    <message>
        <source>Sectores presentes: {0}</source>
        <translation>Sectors present: {0}</translation>
    </message>
    <message>
        <source>Ningún sector presente</source>
        <translation>No sector present</translation>
    </message>
    <message>
        <source>No hay nadie presente del sector público.</source>
        <translation>Nobody from the public sector is present.</translation>
    </message>
    <message>
        <source>No hay nadie presente del sector privado.</source>
        <translation>Nobody from the private sector is present.</translation>
    </message>
    <message>
        <source>No hay nadie presente de la sociedad civil.</source>
        <translation>Nobody from civil society is present.</translation>
    </message>
    <message>
        <source>(sin nombre)</source>
        <translation>(no name)</translation>
    </message>
</context>
<context>
    <name>AttendeeDialog</name>
    <message>
        <source>Agregar persona</source>
        <translation>Add person</translation>
    </message>
    <message>
        <source>Nombre completo</source>
        <translation>Full name</translation>
    </message>
    <message>
        <source>Elija un socio o escriba otra organización</source>
        <translation>Choose a partner or type another organisation</translation>
    </message>
    <message>
        <source>Elija el sector…</source>
        <translation>Choose the sector…</translation>
    </message>
    <message>
        <source>Asiste como &amp;invitado (no es delegado de un socio)</source>
        <translation>Attends as a &amp;guest (not a partner&apos;s delegate)</translation>
    </message>
    <message>
        <source>A&amp;utoriza el tratamiento de sus datos personales (Ley 1581 de 2012)</source>
        <translation>A&amp;uthorises the processing of their personal data (Law 1581 of 2012)</translation>
    </message>
    <message>
        <source>Es &amp;menor de edad</source>
        <translation>Is a &amp;minor</translation>
    </message>
    <message>
        <source>Padre, madre o representante legal</source>
        <translation>Father, mother or legal guardian</translation>
    </message>
    <message>
        <source>Documento y teléfono solo se guardan si la persona lo autoriza.</source>
        <translation>ID document and phone are only stored if the person authorises it.</translation>
    </message>
    <message>
        <source>&amp;Agregar</source>
        <translation>&amp;Add</translation>
    </message>
    <message>
        <source>Cance&amp;lar</source>
        <translation>Cance&amp;l</translation>
    </message>
    <message>
        <source>&amp;Nombre:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>&amp;Organización:</source>
        <translation>&amp;Organisation:</translation>
    </message>
    <message>
        <source>&amp;Cargo:</source>
        <translation>&amp;Position:</translation>
    </message>
    <message>
        <source>&amp;Sector:</source>
        <translation>&amp;Sector:</translation>
    </message>
    <message>
        <source>&amp;Representante legal:</source>
        <translation>Legal gua&amp;rdian:</translation>
    </message>
    <message>
        <source>&amp;Documento:</source>
        <translation>&amp;Document:</translation>
    </message>
    <message>
        <source>&amp;Teléfono:</source>
        <translation>&amp;Telephone:</translation>
    </message>
    <message>
        <source>Datos de la persona:</source>
        <translation>Personal details:</translation>
    </message>
    <message>
        <source>Marque primero la autorización de datos personales.</source>
        <translation>First tick the personal data authorisation.</translation>
    </message>
    <message>
        <source>Escriba el nombre de la persona.</source>
        <translation>Write the person&apos;s name.</translation>
    </message>
    <message>
        <source>Los datos de un menor de edad requieren la autorización de su representante legal: escriba su nombre.</source>
        <translation>The details of a minor require the authorisation of their legal guardian: write the guardian&apos;s name.</translation>
    </message>
</context>
<context>
    <name>AttendeeModel</name>
    <message>
        <source>Nombre</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Organización</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Sector</source>
        <translation>Sector</translation>
    </message>
    <message>
        <source>Cargo</source>
        <translation>Position</translation>
    </message>
    <message>
        <source>Asistencia</source>
        <translation>Attendance</translation>
    </message>
    <message>
        <source>Invitado</source>
        <translation>Guest</translation>
    </message>
    <message>
        <source>Sin marcar</source>
        <translation>Not marked</translation>
    </message>
    <message>
        <source>Marque si asiste como invitado y no como delegado de un socio.</source>
        <translation>Tick if they attend as a guest and not as a partner&apos;s delegate.</translation>
    </message>
</context>
<context>
    <name>AuditTableModel</name>
    <message>
        <source>Alianza</source>
        <translation>Alliance</translation>
    </message>
    <message>
        <source>Organización</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Persona</source>
        <translation>Person</translation>
    </message>
    <message>
        <source>Socio</source>
        <translation>Partner</translation>
    </message>
    <message>
        <source>Condición</source>
        <translation>Condition</translation>
    </message>
    <message>
        <source>Compromiso</source>
        <translation>Commitment</translation>
    </message>
    <message>
        <source>Acuerdo de compromisos</source>
        <translation>Commitments agreement</translation>
    </message>
    <message>
        <source>Sesión</source>
        <translation>Meeting</translation>
    </message>
    <message>
        <source>Punto del orden del día</source>
        <translation>Agenda item</translation>
    </message>
    <message>
        <source>Asistencia</source>
        <translation>Attendance</translation>
    </message>
    <message>
        <source>Decisión</source>
        <translation>Decision</translation>
    </message>
    <message>
        <source>Seguimiento de compromiso</source>
        <translation>Commitment follow-up</translation>
    </message>
    <message>
        <source>Firma en pantalla</source>
        <translation>On-screen signature</translation>
    </message>
    <message>
        <source>Fe de erratas</source>
        <translation>Erratum</translation>
    </message>
    <message>
        <source>Autorización de datos</source>
        <translation>Data authorisation</translation>
    </message>
    <message>
        <source>Solicitud de datos personales</source>
        <translation>Personal data request</translation>
    </message>
    <message>
        <source>Actividad del plan de trabajo</source>
        <translation>Work plan activity</translation>
    </message>
    <message>
        <source>Intercambio de información</source>
        <translation>Information exchange</translation>
    </message>
    <message>
        <source>Miembro de la coordinación</source>
        <translation>Coordination member</translation>
    </message>
    <message>
        <source>Formalización</source>
        <translation>Formalisation</translation>
    </message>
    <message>
        <source>Cambio de fase</source>
        <translation>Phase change</translation>
    </message>
    <message>
        <source>Conflicto</source>
        <translation>Conflict</translation>
    </message>
    <message>
        <source>Evidencia de compromiso</source>
        <translation>Commitment evidence</translation>
    </message>
    <message>
        <source>Evaluación</source>
        <translation>Evaluation</translation>
    </message>
    <message>
        <source>Calificación</source>
        <translation>Score</translation>
    </message>
    <message>
        <source>Decisión para adaptar</source>
        <translation>Decision to adapt</translation>
    </message>
    <message>
        <source>Sistematización</source>
        <translation>Systematization</translation>
    </message>
    <message>
        <source>Nota de la cronología</source>
        <translation>Chronology note</translation>
    </message>
    <message>
        <source>Lección aprendida</source>
        <translation>Lesson learned</translation>
    </message>
    <message>
        <source>Acción de sostenibilidad</source>
        <translation>Sustainability action</translation>
    </message>
    <message>
        <source>Réplica o escalamiento</source>
        <translation>Replication or scaling up</translation>
    </message>
    <message>
        <source>Beneficio observado</source>
        <translation>Observed benefit</translation>
    </message>
    <message>
        <source>Creó</source>
        <translation>Created</translation>
    </message>
    <message>
        <source>Modificó</source>
        <translation>Modified</translation>
    </message>
    <message>
        <source>Borró</source>
        <translation>Deleted</translation>
    </message>
    <message>
        <source>Registro</source>
        <translation>Record</translation>
    </message>
    <message>
        <source>Fecha y hora</source>
        <translation>Date and time</translation>
    </message>
    <message>
        <source>Quién</source>
        <translation>Who</translation>
    </message>
    <message>
        <source>Acción</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Cambios</source>
        <translation>Changes</translation>
    </message>
    <message>
        <source>Sin perfil</source>
        <translation>No profile</translation>
    </message>
</context>
<context>
    <name>AuditView</name>
    <message>
        <source>Filtrar por persona, acción, registro o dato…</source>
        <translation>Filter by person, action, record or value…</translation>
    </message>
    <message>
        <source>Cada cambio queda registrado con la fecha, quién lo hizo (según el perfil) y los valores antes y después. Este historial no se puede modificar.</source>
        <translation>Every change is recorded with the date, who made it (according to the profile) and the values before and after. This history cannot be modified.</translation>
    </message>
    <message>
        <source>Leyendo el historial…</source>
        <translation>Reading the history…</translation>
    </message>
    <message>
        <source>{total} cambios</source>
        <translation>{total} changes</translation>
    </message>
    <message>
        <source>{shown} de {total} cambios</source>
        <translation>{shown} of {total} changes</translation>
    </message>
</context>
<context>
    <name>AuthorizationDialog</name>
    <message>
        <source>Registrar autorización</source>
        <translation>Record authorisation</translation>
    </message>
    <message>
        <source>Autorización de tratamiento de datos de {name}</source>
        <translation>Authorisation to process the data of {name}</translation>
    </message>
    <message>
        <source>Texto que se leyó o mostró a la persona (versión {version}):</source>
        <translation>Text that was read or shown to the person (version {version}):</translation>
    </message>
    <message>
        <source>Obligatorio si la autorización fue verbal</source>
        <translation>Required if the authorisation was verbal</translation>
    </message>
    <message>
        <source>Es menor de edad</source>
        <translation>Is a minor</translation>
    </message>
    <message>
        <source>Nombre de quien autoriza por el menor (padre, madre o tutor)</source>
        <translation>Name of whoever authorises on behalf of the minor (father, mother or guardian)</translation>
    </message>
    <message>
        <source>Registrar</source>
        <translation>Record</translation>
    </message>
    <message>
        <source>Forma:</source>
        <translation>Method:</translation>
    </message>
    <message>
        <source>Fecha:</source>
        <translation>Date:</translation>
    </message>
    <message>
        <source>Testigo:</source>
        <translation>Witness:</translation>
    </message>
    <message>
        <source>Representante legal:</source>
        <translation>Legal guardian:</translation>
    </message>
</context>
<context>
    <name>AuthorizationTableModel</name>
    <message>
        <source>Fecha</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Forma</source>
        <translation>Method</translation>
    </message>
    <message>
        <source>Texto</source>
        <translation>Text</translation>
    </message>
    <message>
        <source>Registrada por</source>
        <translation>Recorded by</translation>
    </message>
    <message>
        <source>Testigo</source>
        <translation>Witness</translation>
    </message>
    <message>
        <source>Representante legal</source>
        <translation>Legal guardian</translation>
    </message>
    <message>
        <source>Revocada</source>
        <translation>Revoked</translation>
    </message>
</context>
<context>
    <name>BackupDialog</name>
    <message>
        <source>Guardar respaldo</source>
        <translation>Save backup</translation>
    </message>
    <message>
        <source>Respaldo de Alianzas (*.sqlite)</source>
        <translation>Alianzas backup (*.sqlite)</translation>
    </message>
    <message>
        <source>Restaurar desde un archivo</source>
        <translation>Restore from a file</translation>
    </message>
    <message>
        <source>Base de datos de Alianzas (*.sqlite *.db);;Todos los archivos (*)</source>
        <translation>Alianzas database (*.sqlite *.db);;All files (*)</translation>
    </message>
    <message>
        <source>Respaldo</source>
        <translation>Backup</translation>
    </message>
    <message>
        <source>Alianzas guarda una copia automática cada día, antes de actualizar el programa y antes de restaurar. Guarde también copias fuera del computador, por ejemplo en una memoria USB, con «Respaldar ahora…».</source>
        <translation>Alianzas keeps an automatic copy every day, before updating the program and before restoring. Also keep copies off this computer, for example on a USB stick, with «Back up now…».</translation>
    </message>
    <message>
        <source>Respaldar ahora…</source>
        <translation>Back up now…</translation>
    </message>
    <message>
        <source>Respaldos automáticos en este computador</source>
        <translation>Automatic backups on this computer</translation>
    </message>
    <message>
        <source>Todavía no hay respaldos automáticos.</source>
        <translation>There are no automatic backups yet.</translation>
    </message>
    <message>
        <source>Restaurar…</source>
        <translation>Restore…</translation>
    </message>
    <message>
        <source>Restaurar desde un archivo…</source>
        <translation>Restore from a file…</translation>
    </message>
    <message>
        <source>Guardando y verificando la copia…</source>
        <translation>Saving and checking the copy…</translation>
    </message>
    <message>
        <source>Cerrar</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>Esta base de datos está en un servidor: sus respaldos los hace el servidor.</source>
        <translation>This database is on a server: the server makes its backups.</translation>
    </message>
    <message>
        <source>Base de datos: {path}
Respaldos automáticos: {folder}</source>
        <translation>Database: {path}
Automatic backups: {folder}</translation>
    </message>
    <message>
        <source>Respaldo defectuoso</source>
        <translation>Faulty backup</translation>
    </message>
    <message>
        <source>La copia en {path} no quedó bien: {problem}</source>
        <translation>The copy in {path} did not come out right: {problem}</translation>
    </message>
    <message>
        <source>Respaldo guardado</source>
        <translation>Backup saved</translation>
    </message>
    <message>
        <source>Se guardó y verificó una copia de la base de datos en:
{path}</source>
        <translation>A copy of the database was saved and checked in:
{path}</translation>
    </message>
    <message>
        <source>No se pudo escribir la copia: {error}</source>
        <translation>Could not write the copy: {error}</translation>
    </message>
    <message>
        <source>No se pudo respaldar</source>
        <translation>Could not back up</translation>
    </message>
    <message>
        <source>Se reemplazará la base de datos actual por el respaldo del {when}. Antes se guardará una copia de la base actual («antes de restaurar»), para poder volver atrás.

¿Restaurar este respaldo?</source>
        <translation>The current database will be replaced by the backup of {when}. A copy of the current database is saved first («before restoring»), so you can go back.

Restore this backup?</translation>
    </message>
    <message>
        <source>Se reemplazará la base de datos actual por la copia en:
{path}

Antes se guardará una copia de la base actual («antes de restaurar»), para poder volver atrás.

¿Restaurar esta copia?</source>
        <translation>The current database will be replaced by the copy in:
{path}

A copy of the current database is saved first («before restoring»), so you can go back.

Restore this copy?</translation>
    </message>
    <message>
        <source>No se puede restaurar</source>
        <translation>Cannot restore</translation>
    </message>
    <message>
        <source>Ese archivo no sirve como respaldo: {problem}
No se modificó nada.</source>
        <translation>That file cannot be used as a backup: {problem}
Nothing was changed.</translation>
    </message>
    <message>
        <source>Ese archivo es la base de datos abierta.</source>
        <translation>That file is the open database.</translation>
    </message>
    <message>
        <source>Ese respaldo tiene documentos alterados (el contenido no corresponde al código):
{documents}
No se modificó nada.</source>
        <translation>That backup has altered documents (the content does not match the code):
{documents}
Nothing was changed.</translation>
    </message>
    <message>
        <source>

Atención: el respaldo es anterior a estos documentos emitidos después, que volverían a borrador:
{documents}</source>
        <translation>

Warning: the backup is older than these documents issued afterwards, which would go back to draft:
{documents}</translation>
    </message>
    <message>
        <source>Restaurar</source>
        <translation>Restore</translation>
    </message>
    <message>
        <source>No se pudo restaurar</source>
        <translation>Could not restore</translation>
    </message>
    <message>
        <source>Respaldo restaurado</source>
        <translation>Backup restored</translation>
    </message>
    <message>
        <source>Se restauró la base de datos. La versión anterior quedó en la lista como respaldo «Antes de restaurar».</source>
        <translation>The database was restored. The previous version stays in the list as the «Before restoring» backup.</translation>
    </message>
</context>
<context>
    <name>BackupTableModel</name>
    <message>
        <source>Diario</source>
        <translation>Daily</translation>
    </message>
    <message>
        <source>Antes de actualizar</source>
        <translation>Before updating</translation>
    </message>
    <message>
        <source>Antes de restaurar</source>
        <translation>Before restoring</translation>
    </message>
    <message>
        <source>Antes de importar</source>
        <translation>Before importing</translation>
    </message>
    <message>
        <source>Fecha</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Motivo</source>
        <translation>Reason</translation>
    </message>
    <message>
        <source>Alianzas</source>
        <translation>Alliances</translation>
    </message>
    <message>
        <source>Sesiones</source>
        <translation>Meetings</translation>
    </message>
    <message>
        <source>Tamaño</source>
        <translation>Size</translation>
    </message>
</context>
<context>
    <name>BarChart</name>
    <message>
        <source>No hay datos para estos filtros.</source>
        <translation>There is no data for these filters.</translation>
    </message>
</context>
<context>
    <name>BasicsPage</name>
    <message>
        <source>1. Datos básicos</source>
        <translation>1. Basic details</translation>
    </message>
    <message>
        <source>Cómo se llama la alianza, dónde trabaja y en qué área.</source>
        <translation>What the alliance is called, where it works and in which area.</translation>
    </message>
    <message>
        <source>Por ejemplo: Alianza Frijol del Páramo</source>
        <translation>For example: Páramo Bean Alliance</translation>
    </message>
    <message>
        <source>Escriba y elija de la lista</source>
        <translation>Type and choose from the list</translation>
    </message>
    <message>
        <source>Opcional</source>
        <translation>Optional</translation>
    </message>
    <message>
        <source>Elija el área de aplicación…</source>
        <translation>Choose the area of application…</translation>
    </message>
    <message>
        <source>Nombre de quien acompaña la alianza</source>
        <translation>Name of the person who accompanies the alliance</translation>
    </message>
    <message>
        <source>&amp;Nombre de la alianza:</source>
        <translation>Alliance &amp;name:</translation>
    </message>
    <message>
        <source>&amp;Departamento:</source>
        <translation>&amp;Department:</translation>
    </message>
    <message>
        <source>&amp;Municipio:</source>
        <translation>&amp;Municipality:</translation>
    </message>
    <message>
        <source>&amp;Vereda o corregimiento:</source>
        <translation>&amp;Vereda or corregimiento:</translation>
    </message>
    <message>
        <source>Área de a&amp;plicación:</source>
        <translation>Area of a&amp;pplication:</translation>
    </message>
    <message>
        <source>Fecha de &amp;inicio:</source>
        <translation>&amp;Start date:</translation>
    </message>
    <message>
        <source>F&amp;acilitador(a):</source>
        <translation>F&amp;acilitator:</translation>
    </message>
    <message>
        <source>Lo que otros ap&amp;rendieron en esta área…</source>
        <translation>What others lea&amp;rned in this area…</translation>
    </message>
    <message>
        <source>Lecciones de las alianzas que ya sistematizaron su experiencia.</source>
        <translation>Lessons from the alliances that have already systematized their experience.</translation>
    </message>
</context>
<context>
    <name>BenefitsPage</name>
    <message>
        <source>fortalecer</source>
        <translation>fabric</translation>
    </message>
    <message>
        <source>recursos</source>
        <translation>resources</translation>
    </message>
    <message>
        <source>sostenibilidad</source>
        <translation>sustainability</translation>
    </message>
    <message>
        <source>aprendizaje</source>
        <translation>learning</translation>
    </message>
    <message>
        <source>diversidad</source>
        <translation>diversity</translation>
    </message>
    <message>
        <source>¿Qué lo muestra? Un hecho, una cifra, un documento…</source>
        <translation>What shows it? A fact, a figure, a document…</translation>
    </message>
    <message>
        <source>Cuándo: dd/mm/aaaa</source>
        <translation>When: dd/mm/yyyy</translation>
    </message>
    <message>
        <source>4. Beneficios observados</source>
        <translation>4. Observed benefits</translation>
    </message>
    <message>
        <source>Marque lo que las alianzas permiten y esta ya mostró, con su evidencia.</source>
        <translation>Tick what alliances make possible and this one has already shown, with its evidence.</translation>
    </message>
    <message>
        <source>Un beneficio marcado necesita su evidencia; los demás pueden quedar vacíos.</source>
        <translation>A ticked benefit needs its evidence; the others can stay empty.</translation>
    </message>
</context>
<context>
    <name>BoardModel</name>
    <message>
        <source>Alianza</source>
        <translation>Alliance</translation>
    </message>
    <message>
        <source>Socio</source>
        <translation>Partner</translation>
    </message>
    <message>
        <source>Compromiso</source>
        <translation>Commitment</translation>
    </message>
    <message>
        <source>Tipo de aporte</source>
        <translation>Type of contribution</translation>
    </message>
    <message>
        <source>Lógica</source>
        <translation>Logic</translation>
    </message>
    <message>
        <source>Valor</source>
        <translation>Value</translation>
    </message>
    <message>
        <source>Fecha límite</source>
        <translation>Deadline</translation>
    </message>
    <message>
        <source>Estado</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Evidencias</source>
        <translation>Evidence</translation>
    </message>
</context>
<context>
    <name>BoardWindow</name>
    <message>
        <source>Seguimiento de compromisos de todas las alianzas</source>
        <translation>Commitment tracking across all alliances</translation>
    </message>
    <message>
        <source>Cerrar</source>
        <translation>Close</translation>
    </message>
</context>
<context>
    <name>BundleExportDialog</name>
    <message>
        <source>Paquete de Alianzas (*.alianzas)</source>
        <translation>Alianzas package (*.alianzas)</translation>
    </message>
    <message>
        <source>Guardar paquete</source>
        <translation>Save package</translation>
    </message>
    <message>
        <source>Exportar paquete</source>
        <translation>Export package</translation>
    </message>
    <message>
        <source>Un paquete lleva alianzas con todo lo que tienen (socios, compromisos, sesiones, actas, documentos y archivos) a otro computador o a la oficina, en una memoria USB o por correo. Al importarlo allá se combinan los registros sin duplicar ni perder nada.</source>
        <translation>A package carries alliances with everything they hold (partners, commitments, meetings, minutes, documents and files) to another computer or to the office, on a USB stick or by email. When it is imported there, the records are merged without duplicating or losing anything.</translation>
    </message>
    <message>
        <source>&amp;Todas las alianzas</source>
        <translation>&amp;All alliances</translation>
    </message>
    <message>
        <source>Solo las &amp;elegidas:</source>
        <translation>Only the &amp;chosen ones:</translation>
    </message>
    <message>
        <source>Buscar por nombre o territorio…</source>
        <translation>Search by name or territory…</translation>
    </message>
    <message>
        <source>Cifrado:</source>
        <translation>Encryption:</translation>
    </message>
    <message>
        <source>Sin c&amp;ifrar</source>
        <translation>&amp;Not encrypted</translation>
    </message>
    <message>
        <source>Con una &amp;contraseña</source>
        <translation>With a &amp;password</translation>
    </message>
    <message>
        <source>Para la o&amp;ficina</source>
        <translation>For the o&amp;ffice</translation>
    </message>
    <message>
        <source>Recomendado: si la memoria se pierde, nadie puede leer un paquete cifrado. Diga la contraseña a quien lo importará por otro medio (en persona o por teléfono), no en el mismo correo.</source>
        <translation>Recommended: if the stick is lost, nobody can read an encrypted package. Tell the password to whoever will import it by another channel (in person or by phone), not in the same email.</translation>
    </message>
    <message>
        <source>Para la o&amp;ficina (clave {key})</source>
        <translation>For the o&amp;ffice (key {key})</translation>
    </message>
    <message>
        <source>Solo la oficina podrá abrirlo, con su clave privada; ni este equipo.</source>
        <translation>Only the office will be able to open it, with its private key; not even this computer.</translation>
    </message>
    <message>
        <source>Aún no se ha instalado la clave de la oficina (alianzas keys install-office).</source>
        <translation>The office key has not been installed yet (alianzas keys install-office).</translation>
    </message>
    <message>
        <source>E&amp;legir…</source>
        <translation>C&amp;hoose…</translation>
    </message>
    <message>
        <source>Preparando el paquete…</source>
        <translation>Preparing the package…</translation>
    </message>
    <message>
        <source>E&amp;xportar</source>
        <translation>E&amp;xport</translation>
    </message>
    <message>
        <source>Cerrar</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>&amp;Buscar:</source>
        <translation>&amp;Search:</translation>
    </message>
    <message>
        <source>Contra&amp;seña:</source>
        <translation>Pass&amp;word:</translation>
    </message>
    <message>
        <source>&amp;Repítala:</source>
        <translation>&amp;Repeat it:</translation>
    </message>
    <message>
        <source>&amp;Guardar en:</source>
        <translation>Save &amp;in:</translation>
    </message>
    <message>
        <source>Indique dónde guardar el paquete.</source>
        <translation>Say where to save the package.</translation>
    </message>
    <message>
        <source>Eso no es un archivo: indique un archivo nuevo o uno existente.</source>
        <translation>That is not a file: give a new file or an existing one.</translation>
    </message>
    <message>
        <source>No existe la carpeta {folder}.</source>
        <translation>The folder {folder} does not exist.</translation>
    </message>
    <message>
        <source>Escriba una contraseña de al menos {n} caracteres.</source>
        <translation>Write a password of at least {n} characters.</translation>
    </message>
    <message>
        <source>Las dos contraseñas no coinciden: escríbala igual en los dos campos.</source>
        <translation>The two passwords do not match: type it the same in both fields.</translation>
    </message>
    <message>
        <source>Marque al menos una alianza, o elija «Todas las alianzas».</source>
        <translation>Tick at least one alliance, or choose «All alliances».</translation>
    </message>
    <message>
        <source>Reemplazar el archivo</source>
        <translation>Replace the file</translation>
    </message>
    <message>
        <source>Ya existe {path}.
¿Reemplazarlo por el paquete nuevo?</source>
        <translation>{path} already exists.
Replace it with the new package?</translation>
    </message>
    <message>
        <source>Paquete guardado en:
{path}
{alliances} alianza(s), {records} registros y {files} archivo(s) adjunto(s).</source>
        <translation>Package saved in:
{path}
{alliances} alliance(s), {records} records and {files} attached file(s).</translation>
    </message>
    <message>
        <source>Está cifrado para la oficina (clave {key}): solo la oficina podrá abrirlo.</source>
        <translation>It is encrypted for the office (key {key}): only the office will be able to open it.</translation>
    </message>
    <message>
        <source>Está cifrado: quien lo importe necesitará la contraseña.</source>
        <translation>It is encrypted: whoever imports it will need the password.</translation>
    </message>
    <message>
        <source>Paquete exportado</source>
        <translation>Package exported</translation>
    </message>
    <message>
        <source>No se pudo escribir el paquete: {error}</source>
        <translation>Could not write the package: {error}</translation>
    </message>
    <message>
        <source>No se pudo exportar</source>
        <translation>Could not export</translation>
    </message>
    <message>
        <source>&amp;Exportar paquete…</source>
        <translation>&amp;Export package…</translation>
    </message>
    <message>
        <source>Llevar alianzas a otro computador o a la oficina en un archivo .alianzas</source>
        <translation>Take alliances to another computer or to the office in an .alianzas file</translation>
    </message>
</context>
<context>
    <name>BundleImportDialog</name>
    <message>
        <source>Paquete de Alianzas (*.alianzas);;Todos los archivos (*)</source>
        <translation>Alianzas package (*.alianzas);;All files (*)</translation>
    </message>
    <message>
        <source>Importar paquete</source>
        <translation>Import package</translation>
    </message>
    <message>
        <source>Elija un paquete (.alianzas) exportado en otro computador o en la oficina. Antes de aplicar nada verá lo que se agregará, lo que se actualizará y lo que quedará en conflicto. Antes de importar se guarda un respaldo automático.</source>
        <translation>Choose a package (.alianzas) exported on another computer or at the office. Before anything is applied you will see what will be added, what will be updated and what will be in conflict. An automatic backup is saved before importing.</translation>
    </message>
    <message>
        <source>Ruta del paquete .alianzas</source>
        <translation>Path of the .alianzas package</translation>
    </message>
    <message>
        <source>E&amp;legir…</source>
        <translation>C&amp;hoose…</translation>
    </message>
    <message>
        <source>C&amp;ontraseña del paquete:</source>
        <translation>Package pass&amp;word:</translation>
    </message>
    <message>
        <source>Este paquete está cifrado para la clave de la oficina: se abre con la clave privada de este equipo, si es el de la oficina.</source>
        <translation>This package is encrypted for the office key: it opens with this computer&apos;s private key, if this is the office computer.</translation>
    </message>
    <message>
        <source>&amp;Ver qué trae</source>
        <translation>&amp;See what it brings</translation>
    </message>
    <message>
        <source>&amp;Importar</source>
        <translation>&amp;Import</translation>
    </message>
    <message>
        <source>Cerrar</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>&amp;Paquete:</source>
        <translation>&amp;Package:</translation>
    </message>
    <message>
        <source>Indique el paquete que quiere importar.</source>
        <translation>Give the package you want to import.</translation>
    </message>
    <message>
        <source>Revisando el paquete…</source>
        <translation>Checking the package…</translation>
    </message>
    <message>
        <source>Paquete de {who} (equipo {device}), creado el {when}</source>
        <translation>Package from {who} (computer {device}), created on {when}</translation>
    </message>
    <message>
        <source>Paquete de un equipo sin facilitador registrado ({device}), creado el {when}</source>
        <translation>Package from a computer with no registered facilitator ({device}), created on {when}</translation>
    </message>
    <message>
        <source>Se agregarán {added}, se actualizarán {updated}, en conflicto {conflicts}.</source>
        <translation>{added} will be added, {updated} will be updated, {conflicts} in conflict.</translation>
    </message>
    <message>
        <source>Se agregaron {added}, se actualizaron {updated}, en conflicto {conflicts}.</source>
        <translation>{added} were added, {updated} were updated, {conflicts} in conflict.</translation>
    </message>
    <message>
        <source>Los registros en conflicto cambiaron en los dos equipos: cada uno conserva su valor hasta que alguien elija, campo por campo, en «Conflictos de sincronización…». No se pierde nada.</source>
        <translation>The records in conflict changed on both computers: each keeps its value until someone chooses, field by field, in «Synchronisation conflicts…». Nothing is lost.</translation>
    </message>
    <message>
        <source>Se eliminarán {n} registro(s) que el otro equipo eliminó.</source>
        <translation>{n} record(s) that the other computer deleted will be deleted.</translation>
    </message>
    <message>
        <source>Se eliminaron {n} registro(s) que el otro equipo eliminó.</source>
        <translation>{n} record(s) that the other computer deleted were deleted.</translation>
    </message>
    <message>
        <source>{n} eliminación(es) de documentos emitidos o cerrados se rechazan: esos documentos no se borran.</source>
        <translation>{n} deletion(s) of issued or closed documents are refused: those documents are not deleted.</translation>
    </message>
    <message>
        <source>{n} registro(s) pertenecen a registros eliminados aquí: quedan en espera hasta que el otro equipo decida sobre la eliminación.</source>
        <translation>{n} record(s) belong to records deleted here: they wait until the other computer decides about the deletion.</translation>
    </message>
    <message>
        <source>{n} documento(s) emitido(s) o cerrado(s) llegan distintos con el mismo identificador: no se tocan.</source>
        <translation>{n} issued or closed document(s) arrive different with the same identifier: they are left untouched.</translation>
    </message>
    <message>
        <source>{n} persona(s) suprimida(s) en el otro equipo se suprimirán también aquí.</source>
        <translation>{n} person(s) erased on the other computer will be erased here too.</translation>
    </message>
    <message>
        <source>{n} dato(s) de personas suprimidas aquí no se recibirán: siguen suprimidos.</source>
        <translation>{n} item(s) of data about people erased here will not be received: they stay erased.</translation>
    </message>
    <message>
        <source>El paquete no trae nada nuevo: no hay nada que importar.</source>
        <translation>The package brings nothing new: there is nothing to import.</translation>
    </message>
    <message>
        <source>No se pudo leer el paquete: {error}</source>
        <translation>Could not read the package: {error}</translation>
    </message>
    <message>
        <source>Importando: respaldo automático y combinación…</source>
        <translation>Importing: automatic backup and merge…</translation>
    </message>
    <message>
        <source>Paquete importado: {added} agregado(s), {updated} actualizado(s), {deleted} eliminado(s), {conflicts} en conflicto.</source>
        <translation>Package imported: {added} added, {updated} updated, {deleted} deleted, {conflicts} in conflict.</translation>
    </message>
    <message>
        <source>Revise los conflictos en Archivo ▸ Conflictos de sincronización…</source>
        <translation>Review the conflicts in File ▸ Synchronisation conflicts…</translation>
    </message>
    <message>
        <source>Respaldo previo: {path}</source>
        <translation>Backup made beforehand: {path}</translation>
    </message>
    <message>
        <source>Paquete importado</source>
        <translation>Package imported</translation>
    </message>
    <message>
        <source>&amp;Importar paquete…</source>
        <translation>&amp;Import package…</translation>
    </message>
    <message>
        <source>Combinar con esta base los registros de un paquete .alianzas de otro computador</source>
        <translation>Merge into this database the records of an .alianzas package from another computer</translation>
    </message>
</context>
<context>
    <name>ChronologyModel</name>
    <message>
        <source>Fecha</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Momento</source>
        <translation>Moment</translation>
    </message>
    <message>
        <source>Qué pasó</source>
        <translation>What happened</translation>
    </message>
    <message>
        <source>Nota</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>En el informe</source>
        <translation>In the report</translation>
    </message>
    <message>
        <source>Oculto</source>
        <translation>Hidden</translation>
    </message>
    <message>
        <source>Sí</source>
        <translation>Yes</translation>
    </message>
</context>
<context>
    <name>ChronologyPage</name>
    <message>
        <source>3. Recuperación del proceso vivido</source>
        <translation>3. Recovering the process lived</translation>
    </message>
    <message>
        <source>La cronología se armó con lo que la aplicación guarda. Anote, oculte lo que no va en el informe (no se borra) o agregue hitos propios.</source>
        <translation>The chronology was put together from what the application keeps. Add notes, hide what does not go in the report (it is not deleted) or add milestones of your own.</translation>
    </message>
    <message>
        <source>Lo que recuerdan de este momento</source>
        <translation>What they remember of this moment</translation>
    </message>
    <message>
        <source>&amp;Ocultar en el informe</source>
        <translation>&amp;Hide in the report</translation>
    </message>
    <message>
        <source>dd/mm/aaaa</source>
        <translation>dd/mm/yyyy</translation>
    </message>
    <message>
        <source>Nombre del hito</source>
        <translation>Name of the milestone</translation>
    </message>
    <message>
        <source>Agregar &amp;hito</source>
        <translation>Add &amp;milestone</translation>
    </message>
    <message>
        <source>&amp;Quitar hito</source>
        <translation>&amp;Remove milestone</translation>
    </message>
    <message>
        <source>&amp;Nota:</source>
        <translation>&amp;Note:</translation>
    </message>
    <message>
        <source>&amp;Fecha del hito:</source>
        <translation>Milestone &amp;date:</translation>
    </message>
    <message>
        <source>Nom&amp;bre del hito:</source>
        <translation>Milestone nam&amp;e:</translation>
    </message>
    <message>
        <source>Momento elegido</source>
        <translation>Chosen moment</translation>
    </message>
    <message>
        <source>Nuevo hito</source>
        <translation>New milestone</translation>
    </message>
    <message>
        <source>Revise los hitos marcados: les falta la fecha o el nombre.</source>
        <translation>Check the marked milestones: they are missing the date or the name.</translation>
    </message>
</context>
<context>
    <name>ClosingPage</name>
    <message>
        <source>5. Cierre</source>
        <translation>5. Closing</translation>
    </message>
    <message>
        <source>La hora de finalización, la próxima reunión, quién presidió y quién fue secretario, y quiénes firman el acta.</source>
        <translation>The end time, the next meeting, who chaired and who was secretary, and who signs the minutes.</translation>
    </message>
    <message>
        <source>Sin fecha todavía: dd/mm/aaaa</source>
        <translation>No date yet: dd/mm/yyyy</translation>
    </message>
    <message>
        <source>Opcional</source>
        <translation>Optional</translation>
    </message>
    <message>
        <source>Al pulsar «Cerrar sesión» el acta recibe su número y ya no se puede modificar; las correcciones posteriores se hacen con una fe de erratas.</source>
        <translation>When you press «Close meeting» the minutes receive their number and can no longer be changed; later corrections are made with an erratum.</translation>
    </message>
    <message>
        <source>Hora de &amp;finalización:</source>
        <translation>End &amp;time:</translation>
    </message>
    <message>
        <source>Pró&amp;xima reunión:</source>
        <translation>&amp;Next meeting:</translation>
    </message>
    <message>
        <source>L&amp;ugar de la próxima:</source>
        <translation>Place of the next &amp;one:</translation>
    </message>
    <message>
        <source>&amp;Preside la sesión:</source>
        <translation>&amp;Chairs the meeting:</translation>
    </message>
    <message>
        <source>Secretario(a) de la se&amp;sión:</source>
        <translation>Meeting &amp;secretary:</translation>
    </message>
    <message>
        <source>Fir&amp;man el acta</source>
        <translation>Si&amp;gn the minutes</translation>
    </message>
    <message>
        <source>(sin designar: se escribe a mano)</source>
        <translation>(not designated: written by hand)</translation>
    </message>
    <message>
        <source>Se registran {present} asistentes, {items} puntos del orden del día, {decisions} decisiones y {new} compromisos nuevos.</source>
        <translation>{present} attendees, {items} agenda items, {decisions} decisions and {new} new commitments are recorded.</translation>
    </message>
</context>
<context>
    <name>CommitmentChecklist</name>
    <message>
        <source>{organization}: {description} (hasta el {deadline})</source>
        <translation>{organization}: {description} (by {deadline})</translation>
    </message>
</context>
<context>
    <name>CommitmentEditor</name>
    <message>
        <source>¿Qué se compromete a hacer o poner?</source>
        <translation>What does it commit to do or provide?</translation>
    </message>
    <message>
        <source>Opcional, en pesos: 1.500.000</source>
        <translation>Optional, in pesos: 1.500.000</translation>
    </message>
    <message>
        <source>&amp;Compromiso:</source>
        <translation>&amp;Commitment:</translation>
    </message>
    <message>
        <source>Tipo de a&amp;porte:</source>
        <translation>Type of con&amp;tribution:</translation>
    </message>
    <message>
        <source>&amp;Valor estimado ($):</source>
        <translation>Estimated &amp;value ($):</translation>
    </message>
    <message>
        <source>Fecha &amp;límite:</source>
        <translation>&amp;Deadline:</translation>
    </message>
    <message>
        <source>Lóg&amp;ica:</source>
        <translation>Log&amp;ic:</translation>
    </message>
    <message>
        <source>Escriba el valor solo con números, por ejemplo 1.500.000.</source>
        <translation>Write the value with numbers only, for example 1.500.000.</translation>
    </message>
</context>
<context>
    <name>CommitmentFollowUpModel</name>
    <message>
        <source>Compromiso</source>
        <translation>Commitment</translation>
    </message>
    <message>
        <source>Socio</source>
        <translation>Partner</translation>
    </message>
    <message>
        <source>Fecha límite</source>
        <translation>Deadline</translation>
    </message>
    <message>
        <source>Estado</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Nota</source>
        <translation>Note</translation>
    </message>
</context>
<context>
    <name>CommitmentTableModel</name>
    <message>
        <source>Organización</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Compromiso</source>
        <translation>Commitment</translation>
    </message>
    <message>
        <source>Tipo de aporte</source>
        <translation>Type of contribution</translation>
    </message>
    <message>
        <source>Valor estimado</source>
        <translation>Estimated value</translation>
    </message>
    <message>
        <source>Fecha límite</source>
        <translation>Deadline</translation>
    </message>
    <message>
        <source>Lógica</source>
        <translation>Logic</translation>
    </message>
    <message>
        <source>Estado</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Tipo</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Valor</source>
        <translation>Value</translation>
    </message>
    <message>
        <source>(sin describir)</source>
        <translation>(not described)</translation>
    </message>
</context>
<context>
    <name>CommitmentsBoard</name>
    <message>
        <source>Todos</source>
        <translation>All</translation>
    </message>
    <message>
        <source>Escriba parte del nombre del socio y elíjalo en la lista que aparece.</source>
        <translation>Type part of the partner&apos;s name and choose it from the list that appears.</translation>
    </message>
    <message>
        <source>Venc&amp;idos</source>
        <translation>Over&amp;due</translation>
    </message>
    <message>
        <source>Vencen en &amp;30 días</source>
        <translation>Due within &amp;30 days</translation>
    </message>
    <message>
        <source>Historial: elija un compromiso.</source>
        <translation>History: choose a commitment.</translation>
    </message>
    <message>
        <source>Actualizar &amp;estado…</source>
        <translation>Update &amp;status…</translation>
    </message>
    <message>
        <source>Nuevo estado del compromiso, con una nota y fotos o documentos de evidencia.</source>
        <translation>New status of the commitment, with a note and photos or documents as evidence.</translation>
    </message>
    <message>
        <source>Abrir evi&amp;dencia</source>
        <translation>Op&amp;en evidence</translation>
    </message>
    <message>
        <source>&amp;Socio:</source>
        <translation>&amp;Partner:</translation>
    </message>
    <message>
        <source>Secto&amp;r:</source>
        <translation>Secto&amp;r:</translation>
    </message>
    <message>
        <source>Es&amp;tado:</source>
        <translation>Stat&amp;us:</translation>
    </message>
    <message>
        <source>&amp;Lógica:</source>
        <translation>&amp;Logic:</translation>
    </message>
    <message>
        <source>A&amp;porte:</source>
        <translation>Co&amp;ntribution:</translation>
    </message>
    <message>
        <source>Cumplimiento por socio</source>
        <translation>Fulfilment by partner</translation>
    </message>
    <message>
        <source>Contando…</source>
        <translation>Counting…</translation>
    </message>
    <message>
        <source>1 compromiso</source>
        <translation>1 commitment</translation>
    </message>
    <message>
        <source>{count} compromisos</source>
        <translation>{count} commitments</translation>
    </message>
    <message>
        <source>Historial de «{description}» ({partner})</source>
        <translation>History of «{description}» ({partner})</translation>
    </message>
    <message>
        <source>Abrir evidencia</source>
        <translation>Open evidence</translation>
    </message>
    <message>
        <source>Seguimiento de &amp;compromisos…</source>
        <translation>&amp;Commitment tracking…</translation>
    </message>
    <message>
        <source>Los compromisos de todas las alianzas: vencidos, por vencer, por socio, con su evidencia.</source>
        <translation>The commitments of every alliance: overdue, coming due, by partner, with their evidence.</translation>
    </message>
</context>
<context>
    <name>CommitmentsDialog</name>
    <message>
        <source>Compromisos de «{name}»</source>
        <translation>Commitments of «{name}»</translation>
    </message>
    <message>
        <source>&amp;Agregar compromiso</source>
        <translation>&amp;Add commitment</translation>
    </message>
    <message>
        <source>&amp;Retirar</source>
        <translation>&amp;Withdraw</translation>
    </message>
    <message>
        <source>El compromiso queda cancelado; las versiones firmadas lo conservan.</source>
        <translation>The commitment is cancelled; the signed versions keep it.</translation>
    </message>
    <message>
        <source>Opcional, en pesos: 1.500.000</source>
        <translation>Optional, in pesos: 1.500.000</translation>
    </message>
    <message>
        <source>Si el acuerdo ya fue emitido, al guardar se abre una nueva versión (otrosí) con estos cambios; la versión emitida no cambia.</source>
        <translation>If the agreement has already been issued, saving opens a new version (amendment) with these changes; the issued version does not change.</translation>
    </message>
    <message>
        <source>Socio:</source>
        <translation>Partner:</translation>
    </message>
    <message>
        <source>Compromiso:</source>
        <translation>Commitment:</translation>
    </message>
    <message>
        <source>Tipo de aporte:</source>
        <translation>Type of contribution:</translation>
    </message>
    <message>
        <source>Valor estimado ($):</source>
        <translation>Estimated value ($):</translation>
    </message>
    <message>
        <source>Fecha límite:</source>
        <translation>Deadline:</translation>
    </message>
    <message>
        <source>Lógica:</source>
        <translation>Logic:</translation>
    </message>
    <message>
        <source>&amp;Guardar</source>
        <translation>&amp;Save</translation>
    </message>
    <message>
        <source>Cancelar</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Escriba el valor en pesos, por ejemplo 1.500.000.</source>
        <translation>Write the value in pesos, for example 1.500.000.</translation>
    </message>
    <message>
        <source>Compromisos</source>
        <translation>Commitments</translation>
    </message>
</context>
<context>
    <name>CommitmentsPage</name>
    <message>
        <source>4. Compromisos</source>
        <translation>4. Commitments</translation>
    </message>
    <message>
        <source>Lo que cada socio se compromete a hacer, y cómo van los compromisos abiertos.</source>
        <translation>What each partner commits to do, and how the open commitments are going.</translation>
    </message>
    <message>
        <source>&amp;Agregar compromiso</source>
        <translation>&amp;Add commitment</translation>
    </message>
    <message>
        <source>&amp;Quitar</source>
        <translation>Re&amp;move</translation>
    </message>
    <message>
        <source>Cada cambio de estado queda registrado con la fecha y el acta de esta sesión. En negrita, los que cambian hoy.</source>
        <translation>Every change of status is recorded with the date and the minutes of this meeting. In bold, the ones that change today.</translation>
    </message>
    <message>
        <source>La alianza no tiene compromisos abiertos.</source>
        <translation>The alliance has no open commitments.</translation>
    </message>
    <message>
        <source>Nuevos compromisos</source>
        <translation>New commitments</translation>
    </message>
    <message>
        <source>Seguimiento de los compromisos pendientes</source>
        <translation>Follow-up of pending commitments</translation>
    </message>
    <message>
        <source>Faltan datos en algunos compromisos nuevos: revise el marcado.</source>
        <translation>Some new commitments are missing information: check the marked ones.</translation>
    </message>
    <message>
        <source>Qué pone cada socio, para cuándo y con qué lógica.</source>
        <translation>What each partner provides, by when and with which logic.</translation>
    </message>
    <message>
        <source>&amp;Socio:</source>
        <translation>&amp;Partner:</translation>
    </message>
    <message>
        <source>Reparto de los aportes</source>
        <translation>Distribution of contributions</translation>
    </message>
    <message>
        <source>(sin nombre)</source>
        <translation>(no name)</translation>
    </message>
    <message>
        <source>«{0}» no tiene compromisos: no sería un socio activo.</source>
        <translation>«{0}» has no commitments: it would not be an active partner.</translation>
    </message>
    <message>
        <source>Revise los compromisos de: {0}.</source>
        <translation>Check the commitments of: {0}.</translation>
    </message>
</context>
<context>
    <name>ConflictDialog</name>
    <message>
        <source>Actualizar un conflicto</source>
        <translation>Update a conflict</translation>
    </message>
    <message>
        <source>Registrar un conflicto</source>
        <translation>Record a conflict</translation>
    </message>
    <message>
        <source>(aún no se decide)</source>
        <translation>(not decided yet)</translation>
    </message>
    <message>
        <source>Qué pasó, con hechos: quién, cuándo, qué efecto tuvo en la alianza.</source>
        <translation>What happened, with facts: who, when, what effect it had on the alliance.</translation>
    </message>
    <message>
        <source>Socios o personas involucradas.</source>
        <translation>Partners or people involved.</translation>
    </message>
    <message>
        <source>&amp;Guardar</source>
        <translation>&amp;Save</translation>
    </message>
    <message>
        <source>Cancelar</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>&amp;Nivel:</source>
        <translation>&amp;Level:</translation>
    </message>
    <message>
        <source>&amp;Fecha:</source>
        <translation>&amp;Date:</translation>
    </message>
    <message>
        <source>&amp;Qué pasó:</source>
        <translation>&amp;What happened:</translation>
    </message>
    <message>
        <source>&amp;Partes involucradas:</source>
        <translation>&amp;Parties involved:</translation>
    </message>
    <message>
        <source>Cómo se &amp;maneja:</source>
        <translation>How it is &amp;handled:</translation>
    </message>
    <message>
        <source>&amp;Estado:</source>
        <translation>S&amp;tatus:</translation>
    </message>
    <message>
        <source>&amp;Resolución:</source>
        <translation>&amp;Resolution:</translation>
    </message>
    <message>
        <source>Resuelto el:</source>
        <translation>Resolved on:</translation>
    </message>
    <message>
        <source>Qué se &amp;aprendió:</source>
        <translation>What was lear&amp;ned:</translation>
    </message>
</context>
<context>
    <name>ConflictMarkModel</name>
    <message>
        <source>Fecha</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Nivel</source>
        <translation>Level</translation>
    </message>
    <message>
        <source>Estado</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Qué pasó</source>
        <translation>What happened</translation>
    </message>
</context>
<context>
    <name>ConflictTableModel</name>
    <message>
        <source>Fecha</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Nivel</source>
        <translation>Level</translation>
    </message>
    <message>
        <source>Qué pasó</source>
        <translation>What happened</translation>
    </message>
    <message>
        <source>Partes</source>
        <translation>Parties</translation>
    </message>
    <message>
        <source>Manejo</source>
        <translation>Handling</translation>
    </message>
    <message>
        <source>Estado</source>
        <translation>Status</translation>
    </message>
    <message>
        <source> el {date}</source>
        <translation> on {date}</translation>
    </message>
</context>
<context>
    <name>ConflictsTab</name>
    <message>
        <source>Los conflictos son parte del trabajo en alianza. Registrarlos, con su nivel y cómo se manejan, ayuda a resolverlos a tiempo y a aprender de ellos.</source>
        <translation>Conflicts are part of working in alliance. Recording them, with their level and how they are handled, helps to resolve them in time and to learn from them.</translation>
    </message>
    <message>
        <source>Registrar c&amp;onflicto…</source>
        <translation>Record c&amp;onflict…</translation>
    </message>
    <message>
        <source>Act&amp;ualizar conflicto…</source>
        <translation>&amp;Update conflict…</translation>
    </message>
    <message>
        <source>Cómo se está manejando, su estado, la resolución y lo aprendido.</source>
        <translation>How it is being handled, its status, the resolution and what was learned.</translation>
    </message>
    <message>
        <source>⚠ 1 incidente crítico abierto: necesita atención inmediata.</source>
        <translation>⚠ 1 open critical incident: it needs immediate attention.</translation>
    </message>
    <message>
        <source>⚠ {count} incidentes críticos abiertos: necesitan atención inmediata.</source>
        <translation>⚠ {count} open critical incidents: they need immediate attention.</translation>
    </message>
</context>
<context>
    <name>ContactDialog</name>
    <message>
        <source>Corregir datos</source>
        <translation>Correct details</translation>
    </message>
    <message>
        <source>Esta persona no tiene una autorización vigente: solo se puede corregir su nombre. Registre primero la autorización para guardar sus datos de contacto.</source>
        <translation>This person has no valid authorisation: only their name can be corrected. Record the authorisation first to save their contact details.</translation>
    </message>
    <message>
        <source>Guardar</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>Nombre:</source>
        <translation>Name:</translation>
    </message>
    <message>
        <source>Documento:</source>
        <translation>Document:</translation>
    </message>
    <message>
        <source>Teléfono:</source>
        <translation>Telephone:</translation>
    </message>
    <message>
        <source>Correo electrónico:</source>
        <translation>Email:</translation>
    </message>
    <message>
        <source>Escriba el nombre de la persona.</source>
        <translation>Write the person&apos;s name.</translation>
    </message>
</context>
<context>
    <name>ConvocationPage</name>
    <message>
        <source>1. Convocatoria</source>
        <translation>1. Notice of meeting</translation>
    </message>
    <message>
        <source>Cuándo y dónde, para qué, el orden del día y a quién se invita.</source>
        <translation>When and where, what for, the agenda and who is invited.</translation>
    </message>
    <message>
        <source>Por ejemplo: Caseta comunal de La Loma</source>
        <translation>For example: La Loma community hall</translation>
    </message>
    <message>
        <source>¿Para qué se reúnen los socios?</source>
        <translation>What are the partners meeting for?</translation>
    </message>
    <message>
        <source>Escriba un punto y pulse Intro</source>
        <translation>Write an item and press Enter</translation>
    </message>
    <message>
        <source>Agregar p&amp;unto</source>
        <translation>Add &amp;item</translation>
    </message>
    <message>
        <source>&amp;Quitar</source>
        <translation>Re&amp;move</translation>
    </message>
    <message>
        <source>&amp;Subir</source>
        <translation>Move &amp;up</translation>
    </message>
    <message>
        <source>&amp;Bajar</source>
        <translation>Move do&amp;wn</translation>
    </message>
    <message>
        <source>Convocar a otra pe&amp;rsona…</source>
        <translation>Invite another pe&amp;rson…</translation>
    </message>
    <message>
        <source>Quitar &amp;de la convocatoria</source>
        <translation>Remove from the noti&amp;ce</translation>
    </message>
    <message>
        <source>Guardar con&amp;vocatoria</source>
        <translation>Save the &amp;notice</translation>
    </message>
    <message>
        <source>Deja la sesión convocada; puede terminarla el día de la reunión.</source>
        <translation>Leaves the meeting convened; you can finish it on the day of the meeting.</translation>
    </message>
    <message>
        <source>Planilla de &amp;asistencia…</source>
        <translation>&amp;Attendance sheet…</translation>
    </message>
    <message>
        <source>&amp;Hora:</source>
        <translation>&amp;Time:</translation>
    </message>
    <message>
        <source>Ti&amp;po:</source>
        <translation>T&amp;ype:</translation>
    </message>
    <message>
        <source>&amp;Fecha:</source>
        <translation>&amp;Date:</translation>
    </message>
    <message>
        <source>&amp;Lugar:</source>
        <translation>&amp;Place:</translation>
    </message>
    <message>
        <source>&amp;Objetivo:</source>
        <translation>&amp;Objective:</translation>
    </message>
    <message>
        <source>&amp;Nuevo punto:</source>
        <translation>N&amp;ew item:</translation>
    </message>
    <message>
        <source>Orden del día</source>
        <translation>Agenda</translation>
    </message>
    <message>
        <source>Convocados</source>
        <translation>Invited</translation>
    </message>
    <message>
        <source>Punto del orden del día</source>
        <translation>Agenda item</translation>
    </message>
    <message>
        <source>Punto:</source>
        <translation>Item:</translation>
    </message>
    <message>
        <source>Invitar a otra persona</source>
        <translation>Invite another person</translation>
    </message>
    <message>
        <source>Hay un punto del orden del día sin título.</source>
        <translation>There is an agenda item without a title.</translation>
    </message>
    <message>
        <source>Revise los datos de las personas invitadas.</source>
        <translation>Check the details of the invited people.</translation>
    </message>
</context>
<context>
    <name>DamageRoute</name>
    <message>
        <source>Alianzas</source>
        <translation>Alliances</translation>
    </message>
    <message>
        <source>No se pudo restaurar</source>
        <translation>Could not restore</translation>
    </message>
    <message>
        <source>No se pudo apartar el archivo dañado ni poner el respaldo en su lugar (¿carpeta de solo lectura o disco lleno?). Alianzas se cerrará sin escribir en él.

{error}</source>
        <translation>The damaged file could not be set aside nor the backup put in its place (a read-only folder or a full disk?). Alianzas will close without writing to it.

{error}</translation>
    </message>
</context>
<context>
    <name>DamagedDatabaseDialog</name>
    <message>
        <source>Base de datos dañada</source>
        <translation>Damaged database</translation>
    </message>
    <message>
        <source>La base de datos está dañada y no se puede abrir sin riesgo.</source>
        <translation>The database is damaged and cannot be opened safely.</translation>
    </message>
    <message>
        <source>Archivo: {path}
Diagnóstico: {problem}</source>
        <translation>File: {path}
Diagnosis: {problem}</translation>
    </message>
    <message>
        <source>No se borrará nada: el archivo dañado se guardará aparte, sin cambios, en la misma carpeta, por si un técnico puede recuperar algo de él.</source>
        <translation>Nothing will be deleted: the damaged file will be kept aside, unchanged, in the same folder, in case a technician can recover something from it.</translation>
    </message>
    <message>
        <source>El respaldo en buen estado más reciente con datos es del {when}: {contents}.</source>
        <translation>The most recent good backup with data is from {when}: {contents}.</translation>
    </message>
    <message>
        <source>No hay ningún respaldo en buen estado y con datos de esta base de datos en este computador. Si tiene una copia en una memoria USB, use «Abrir otro archivo…».</source>
        <translation>There is no good backup with data of this database on this computer. If you have a copy on a USB stick, use «Open another file…».</translation>
    </message>
    <message>
        <source>Restaurar el respaldo más reciente</source>
        <translation>Restore the most recent backup</translation>
    </message>
    <message>
        <source>Abrir otro archivo…</source>
        <translation>Open another file…</translation>
    </message>
    <message>
        <source>Salir</source>
        <translation>Quit</translation>
    </message>
    <message>
        <source>contenido desconocido</source>
        <translation>unknown contents</translation>
    </message>
    <message>
        <source>{alliances}, {people} y {meetings}</source>
        <translation>{alliances}, {people} and {meetings}</translation>
    </message>
    <message>
        <source>1 alianza</source>
        <translation>1 alliance</translation>
    </message>
    <message>
        <source>{count} alianzas</source>
        <translation>{count} alliances</translation>
    </message>
    <message>
        <source>1 persona</source>
        <translation>1 person</translation>
    </message>
    <message>
        <source>{count} personas</source>
        <translation>{count} people</translation>
    </message>
    <message>
        <source>1 sesión</source>
        <translation>1 meeting</translation>
    </message>
    <message>
        <source>{count} sesiones</source>
        <translation>{count} meetings</translation>
    </message>
</context>
<context>
    <name>Dashboard</name>
    <message>
        <source>Alianzas por fase</source>
        <translation>Alliances by phase</translation>
    </message>
    <message>
        <source>Alianzas por área</source>
        <translation>Alliances by area</translation>
    </message>
    <message>
        <source>Alianzas por departamento</source>
        <translation>Alliances by department</translation>
    </message>
    <message>
        <source>Compromisos por sector</source>
        <translation>Commitments by sector</translation>
    </message>
    <message>
        <source>Compromisos por lógica</source>
        <translation>Commitments by logic</translation>
    </message>
    <message>
        <source>Aportes por sector y tipo</source>
        <translation>Contributions by sector and type</translation>
    </message>
    <message>
        <source>Salud de las alianzas</source>
        <translation>Health of the alliances</translation>
    </message>
    <message>
        <source>Conflictos por nivel</source>
        <translation>Conflicts by level</translation>
    </message>
    <message>
        <source>Evaluaciones por dimensión</source>
        <translation>Evaluations by dimension</translation>
    </message>
    <message>
        <source>Fase</source>
        <translation>Phase</translation>
    </message>
    <message>
        <source>Alianzas</source>
        <translation>Alliances</translation>
    </message>
    <message>
        <source>Área de aplicación</source>
        <translation>Area of application</translation>
    </message>
    <message>
        <source>Departamento</source>
        <translation>Department</translation>
    </message>
    <message>
        <source>Primera fundada</source>
        <translation>First founded</translation>
    </message>
    <message>
        <source>Última fundada</source>
        <translation>Last founded</translation>
    </message>
    <message>
        <source>Sector</source>
        <translation>Sector</translation>
    </message>
    <message>
        <source>Compromisos</source>
        <translation>Commitments</translation>
    </message>
    <message>
        <source>Cumplidos</source>
        <translation>Fulfilled</translation>
    </message>
    <message>
        <source>% cumplidos</source>
        <translation>% fulfilled</translation>
    </message>
    <message>
        <source>Lógica</source>
        <translation>Logic</translation>
    </message>
    <message>
        <source>Tipo de aporte</source>
        <translation>Type of contribution</translation>
    </message>
    <message>
        <source>Valor estimado (pesos)</source>
        <translation>Estimated value (pesos)</translation>
    </message>
    <message>
        <source>Salud</source>
        <translation>Health</translation>
    </message>
    <message>
        <source>Nivel</source>
        <translation>Level</translation>
    </message>
    <message>
        <source>Conflictos</source>
        <translation>Conflicts</translation>
    </message>
    <message>
        <source>Resueltos</source>
        <translation>Resolved</translation>
    </message>
    <message>
        <source>Sin resolver</source>
        <translation>Unresolved</translation>
    </message>
    <message>
        <source>Grupo</source>
        <translation>Group</translation>
    </message>
    <message>
        <source>Dimensión</source>
        <translation>Dimension</translation>
    </message>
    <message>
        <source>Calificaciones</source>
        <translation>Scores</translation>
    </message>
    <message>
        <source>Promedio (1 a 5)</source>
        <translation>Average (1 to 5)</translation>
    </message>
    <message>
        <source>Última evaluación</source>
        <translation>Latest evaluation</translation>
    </message>
    <message>
        <source>Leída hoy con las reglas de salud de la alianza.</source>
        <translation>Read today with the alliance health rules.</translation>
    </message>
    <message>
        <source>&amp;Tablero del programa…</source>
        <translation>Programme &amp;dashboard…</translation>
    </message>
    <message>
        <source>Comparar las alianzas: por fase, área y departamento; compromisos, aportes, salud, conflictos y evaluaciones; exportar a Excel o CSV.</source>
        <translation>Compare the alliances: by phase, area and department; commitments, contributions, health, conflicts and evaluations; export to Excel or CSV.</translation>
    </message>
</context>
<context>
    <name>DashboardWindow</name>
    <message>
        <source>Tablero del programa — todas las alianzas</source>
        <translation>Programme dashboard — all alliances</translation>
    </message>
    <message>
        <source>dd/mm/aaaa</source>
        <translation>dd/mm/yyyy</translation>
    </message>
    <message>
        <source>Todas</source>
        <translation>All</translation>
    </message>
    <message>
        <source>A&amp;plicar filtros</source>
        <translation>A&amp;pply filters</translation>
    </message>
    <message>
        <source>Exportar a E&amp;xcel (XLSX)…</source>
        <translation>Export to E&amp;xcel (XLSX)…</translation>
    </message>
    <message>
        <source>Exportar esta tabla a &amp;CSV…</source>
        <translation>Export this table to &amp;CSV…</translation>
    </message>
    <message>
        <source>Cerrar</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>&amp;Desde:</source>
        <translation>&amp;From:</translation>
    </message>
    <message>
        <source>&amp;Hasta:</source>
        <translation>&amp;To:</translation>
    </message>
    <message>
        <source>Departa&amp;mento:</source>
        <translation>Depart&amp;ment:</translation>
    </message>
    <message>
        <source>Á&amp;rea:</source>
        <translation>A&amp;rea:</translation>
    </message>
    <message>
        <source>Todos</source>
        <translation>All</translation>
    </message>
    <message>
        <source>La fecha final es anterior a la inicial.</source>
        <translation>The end date is before the start date.</translation>
    </message>
    <message>
        <source>Calculando el tablero…</source>
        <translation>Building the dashboard…</translation>
    </message>
    <message>
        <source>{0} alianzas con estos filtros (las archivadas no cuentan).</source>
        <translation>{0} alliances with these filters (archived ones do not count).</translation>
    </message>
    <message>
        <source>Exportar el tablero</source>
        <translation>Export the dashboard</translation>
    </message>
    <message>
        <source>Libro de Excel (*.xlsx)</source>
        <translation>Excel workbook (*.xlsx)</translation>
    </message>
    <message>
        <source>Exportar la tabla</source>
        <translation>Export the table</translation>
    </message>
    <message>
        <source>Texto separado por comas (*.csv)</source>
        <translation>Comma-separated text (*.csv)</translation>
    </message>
    <message>
        <source>Guardado en {0}</source>
        <translation>Saved in {0}</translation>
    </message>
</context>
<context>
    <name>DateField</name>
    <message>
        <source>dd/mm/aaaa</source>
        <translation>dd/mm/yyyy</translation>
    </message>
    <message>
        <source>Escriba la fecha como día/mes/año, por ejemplo 15/06/2027, o pulse F4 para elegirla en el calendario.</source>
        <translation>Write the date as day/month/year, for example 15/06/2027, or press F4 to choose it in the calendar.</translation>
    </message>
    <message>
        <source>Elegir en el calendario (F4)</source>
        <translation>Choose in the calendar (F4)</translation>
    </message>
    <message>
        <source>«{0}» no es una fecha: revise el día y el mes (día/mes/año, por ejemplo 15/06/2027).</source>
        <translation>«{0}» is not a date: check the day and the month (day/month/year, for example 15/06/2027).</translation>
    </message>
    <message>
        <source>La fecha no puede ser anterior al {0}.</source>
        <translation>The date cannot be before {0}.</translation>
    </message>
    <message>
        <source>La fecha no puede ser posterior al {0}.</source>
        <translation>The date cannot be after {0}.</translation>
    </message>
    <message>
        <source>Escriba la fecha como día/mes/año, por ejemplo 15/06/2027.</source>
        <translation>Write the date as day/month/year, for example 15/06/2027.</translation>
    </message>
</context>
<context>
    <name>DecisionEditor</name>
    <message>
        <source>¿Qué decidieron cambiar?</source>
        <translation>What did they decide to change?</translation>
    </message>
    <message>
        <source>Elija el socio responsable…</source>
        <translation>Choose the responsible partner…</translation>
    </message>
    <message>
        <source>&amp;Decisión:</source>
        <translation>&amp;Decision:</translation>
    </message>
    <message>
        <source>Se con&amp;vierte en:</source>
        <translation>Be&amp;comes:</translation>
    </message>
    <message>
        <source>&amp;Responsable:</source>
        <translation>&amp;Responsible:</translation>
    </message>
    <message>
        <source>Fecha &amp;límite:</source>
        <translation>Dead&amp;line:</translation>
    </message>
    <message>
        <source>Tipo de a&amp;porte:</source>
        <translation>Type of con&amp;tribution:</translation>
    </message>
    <message>
        <source>Lóg&amp;ica:</source>
        <translation>Log&amp;ic:</translation>
    </message>
</context>
<context>
    <name>DecisionModel</name>
    <message>
        <source>Decisión</source>
        <translation>Decision</translation>
    </message>
    <message>
        <source>Cómo se tomó</source>
        <translation>How it was taken</translation>
    </message>
    <message>
        <source>(sin texto)</source>
        <translation>(no text)</translation>
    </message>
    <message>
        <source>Por consenso</source>
        <translation>By consensus</translation>
    </message>
    <message>
        <source>{0} a favor, {1} en contra, {2} abst.</source>
        <translation>{0} in favour, {1} against, {2} abst.</translation>
    </message>
    <message>
        <source>Solo registrar</source>
        <translation>Record only</translation>
    </message>
    <message>
        <source>Nuevo compromiso</source>
        <translation>New commitment</translation>
    </message>
    <message>
        <source>Nueva actividad del plan</source>
        <translation>New work plan activity</translation>
    </message>
    <message>
        <source>Se convierte en</source>
        <translation>Becomes</translation>
    </message>
    <message>
        <source>Responsable</source>
        <translation>Responsible</translation>
    </message>
    <message>
        <source>Fecha límite</source>
        <translation>Deadline</translation>
    </message>
</context>
<context>
    <name>DevelopmentPage</name>
    <message>
        <source>3. Desarrollo</source>
        <translation>3. Proceedings</translation>
    </message>
    <message>
        <source>Punto por punto: lo que se dijo y lo que se decidió.</source>
        <translation>Item by item: what was said and what was decided.</translation>
    </message>
    <message>
        <source>¿Qué se dijo en este punto?</source>
        <translation>What was said on this item?</translation>
    </message>
    <message>
        <source>&amp;Agregar decisión</source>
        <translation>&amp;Add decision</translation>
    </message>
    <message>
        <source>&amp;Quitar decisión</source>
        <translation>&amp;Remove decision</translation>
    </message>
    <message>
        <source>¿Qué se decidió?</source>
        <translation>What was decided?</translation>
    </message>
    <message>
        <source>Por &amp;consenso</source>
        <translation>By &amp;consensus</translation>
    </message>
    <message>
        <source>&amp;Orden del día:</source>
        <translation>A&amp;genda:</translation>
    </message>
    <message>
        <source>A &amp;favor:</source>
        <translation>In &amp;favour:</translation>
    </message>
    <message>
        <source>En co&amp;ntra:</source>
        <translation>Agai&amp;nst:</translation>
    </message>
    <message>
        <source>A&amp;bstenciones:</source>
        <translation>Abs&amp;tentions:</translation>
    </message>
    <message>
        <source>D&amp;ecisión:</source>
        <translation>D&amp;ecision:</translation>
    </message>
    <message>
        <source>Votación:</source>
        <translation>Vote:</translation>
    </message>
    <message>
        <source>Decisiones de este punto</source>
        <translation>Decisions on this item</translation>
    </message>
    <message>
        <source>Lo que se &amp;dijo:</source>
        <translation>What was &amp;said:</translation>
    </message>
    <message>
        <source>Revise las decisiones marcadas en rojo.</source>
        <translation>Check the decisions marked in red.</translation>
    </message>
</context>
<context>
    <name>DocumentPreviewDialog</name>
    <message>
        <source>Alejar</source>
        <translation>Zoom out</translation>
    </message>
    <message>
        <source>Acercar</source>
        <translation>Zoom in</translation>
    </message>
    <message>
        <source>Imprimir…</source>
        <translation>Print…</translation>
    </message>
    <message>
        <source>Guardar PDF…</source>
        <translation>Save PDF…</translation>
    </message>
    <message>
        <source>Cerrar</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>Zoom:</source>
        <translation>Zoom:</translation>
    </message>
    <message>
        <source>Preparando el documento…</source>
        <translation>Preparing the document…</translation>
    </message>
    <message>
        <source>No se pudo preparar el documento.</source>
        <translation>Could not prepare the document.</translation>
    </message>
    <message>
        <source>Preparando las páginas…</source>
        <translation>Preparing the pages…</translation>
    </message>
    <message>
        <source>Página {number}</source>
        <translation>Page {number}</translation>
    </message>
    <message>
        <source>1 página</source>
        <translation>1 page</translation>
    </message>
    <message>
        <source>{count} páginas</source>
        <translation>{count} pages</translation>
    </message>
    <message>
        <source>Imprimir</source>
        <translation>Print</translation>
    </message>
    <message>
        <source>No se pudo imprimir</source>
        <translation>Could not print</translation>
    </message>
    <message>
        <source>Documento guardado en {file} a las {time}.</source>
        <translation>Document saved in {file} at {time}.</translation>
    </message>
    <message>
        <source>Documento enviado a la impresora {printer} a las {time} ({copies} copia(s); trabajo {job}).</source>
        <translation>Document sent to the printer {printer} at {time} ({copies} copy(ies); job {job}).</translation>
    </message>
    <message>
        <source>Documento enviado a la impresora {printer} a las {time}.</source>
        <translation>Document sent to the printer {printer} at {time}.</translation>
    </message>
    <message>
        <source>Guardar PDF</source>
        <translation>Save PDF</translation>
    </message>
    <message>
        <source>Documento PDF (*.pdf)</source>
        <translation>PDF document (*.pdf)</translation>
    </message>
    <message>
        <source>No se pudo guardar</source>
        <translation>Could not save</translation>
    </message>
    <message>
        <source>No se pudo guardar el archivo en {path}.
{error}</source>
        <translation>Could not save the file in {path}.
{error}</translation>
    </message>
</context>
<context>
    <name>DraftCommitmentModel</name>
    <message>
        <source>Socio</source>
        <translation>Partner</translation>
    </message>
    <message>
        <source>Compromiso</source>
        <translation>Commitment</translation>
    </message>
    <message>
        <source>Valor estimado</source>
        <translation>Estimated value</translation>
    </message>
    <message>
        <source>Fecha límite</source>
        <translation>Deadline</translation>
    </message>
</context>
<context>
    <name>DraftTableModel</name>
    <message>
        <source>Borrador</source>
        <translation>Draft</translation>
    </message>
    <message>
        <source>Asistente</source>
        <translation>Wizard</translation>
    </message>
    <message>
        <source>Guardado</source>
        <translation>Saved</translation>
    </message>
    <message>
        <source>Paso</source>
        <translation>Step</translation>
    </message>
    <message>
        <source>(sin título)</source>
        <translation>(untitled)</translation>
    </message>
</context>
<context>
    <name>DraftingWizard</name>
    <message>
        <source>Salir</source>
        <translation>Quit</translation>
    </message>
    <message>
        <source>&lt; A&amp;trás</source>
        <translation>&lt; &amp;Back</translation>
    </message>
    <message>
        <source>Si&amp;guiente &gt;</source>
        <translation>Ne&amp;xt &gt;</translation>
    </message>
    <message>
        <source>Guardar borrador</source>
        <translation>Save draft</translation>
    </message>
    <message>
        <source>Descartar</source>
        <translation>Discard</translation>
    </message>
    <message>
        <source>Cancelar</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>DraftsDialog</name>
    <message>
        <source>Borradores</source>
        <translation>Drafts</translation>
    </message>
    <message>
        <source>Lo que quedó a medias en un asistente se guarda solo, mientras escribe. Elija un borrador para continuarlo donde quedó, o descártelo si ya no lo necesita.</source>
        <translation>Whatever was left half-done in a wizard is saved by itself while you type. Choose a draft to continue it where it stopped, or discard it if you no longer need it.</translation>
    </message>
    <message>
        <source>No hay borradores: todo lo empezado quedó terminado.</source>
        <translation>There are no drafts: everything started was finished.</translation>
    </message>
    <message>
        <source>&amp;Continuar</source>
        <translation>&amp;Continue</translation>
    </message>
    <message>
        <source>&amp;Descartar…</source>
        <translation>&amp;Discard…</translation>
    </message>
    <message>
        <source>Cerrar</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>Descartar borrador</source>
        <translation>Discard draft</translation>
    </message>
    <message>
        <source>Se borrará lo que llevaba escrito en «{title}». ¿Descartarlo?</source>
        <translation>What had been written in «{title}» will be deleted. Discard it?</translation>
    </message>
    <message>
        <source>(sin título)</source>
        <translation>(untitled)</translation>
    </message>
</context>
<context>
    <name>EntryForm</name>
    <message>
        <source>Elija una fecha: dd/mm/aaaa</source>
        <translation>Choose a date: dd/mm/yyyy</translation>
    </message>
</context>
<context>
    <name>EntryListBox</name>
    <message>
        <source>Hay {0} fila(s) con datos por corregir: elija cada una para ver qué falta.</source>
        <translation>There are {0} row(s) with data to correct: choose each one to see what is missing.</translation>
    </message>
</context>
<context>
    <name>EvaluationHistoryModel</name>
    <message>
        <source>Evaluación</source>
        <translation>Evaluation</translation>
    </message>
    <message>
        <source>Puntaje</source>
        <translation>Score</translation>
    </message>
    <message>
        <source>Comentario</source>
        <translation>Comment</translation>
    </message>
</context>
<context>
    <name>EvaluationTableModel</name>
    <message>
        <source>Fecha</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Condiciones</source>
        <translation>Conditions</translation>
    </message>
    <message>
        <source>Valores</source>
        <translation>Values</translation>
    </message>
    <message>
        <source>Factores</source>
        <translation>Factors</translation>
    </message>
    <message>
        <source>Decisiones</source>
        <translation>Decisions</translation>
    </message>
</context>
<context>
    <name>EvaluationsTab</name>
    <message>
        <source>Revisión perió&amp;dica…</source>
        <translation>Perio&amp;dic review…</translation>
    </message>
    <message>
        <source>Seguimiento, evaluación y reflexión con los socios (Consolidación).</source>
        <translation>Follow-up, evaluation and reflection with the partners (Consolidation).</translation>
    </message>
    <message>
        <source>V&amp;er informe…</source>
        <translation>Vi&amp;ew report…</translation>
    </message>
    <message>
        <source>Cumplimiento de compromisos por socio</source>
        <translation>Fulfilment of commitments by partner</translation>
    </message>
    <message>
        <source>Dimensiones:</source>
        <translation>Dimensions:</translation>
    </message>
    <message>
        <source>Aún no hay evaluaciones: haga la primera revisión periódica con los socios.</source>
        <translation>There are no evaluations yet: carry out the first periodic review with the partners.</translation>
    </message>
    <message>
        <source>Doble clic en una evaluación para ver su informe.</source>
        <translation>Double-click an evaluation to see its report.</translation>
    </message>
    <message>
        <source>Evaluación del {date}</source>
        <translation>Evaluation of {date}</translation>
    </message>
    <message>
        <source>Anterior ({date})</source>
        <translation>Previous ({date})</translation>
    </message>
    <message>
        <source>Revisión periódica</source>
        <translation>Periodic review</translation>
    </message>
    <message>
        <source>Informe de evaluación</source>
        <translation>Evaluation report</translation>
    </message>
    <message>
        <source>Evaluaciones</source>
        <translation>Evaluations</translation>
    </message>
    <message>
        <source>Evaluaciones ({count})</source>
        <translation>Evaluations ({count})</translation>
    </message>
</context>
<context>
    <name>ExchangeModel</name>
    <message>
        <source>Exportado</source>
        <translation>Exported</translation>
    </message>
    <message>
        <source>Importado</source>
        <translation>Imported</translation>
    </message>
    <message>
        <source>Fecha</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Sentido</source>
        <translation>Direction</translation>
    </message>
    <message>
        <source>Facilitador</source>
        <translation>Facilitator</translation>
    </message>
    <message>
        <source>Equipo</source>
        <translation>Computer</translation>
    </message>
    <message>
        <source>Archivo</source>
        <translation>File</translation>
    </message>
    <message>
        <source>Registros</source>
        <translation>Records</translation>
    </message>
    <message>
        <source>Actualizados</source>
        <translation>Updated</translation>
    </message>
    <message>
        <source>Conflictos</source>
        <translation>Conflicts</translation>
    </message>
    <message>
        <source>Exportado: registros que llevó el paquete. Importado: registros agregados.</source>
        <translation>Exported: records the package carried. Imported: records added.</translation>
    </message>
</context>
<context>
    <name>ExchangesDialog</name>
    <message>
        <source>Historial de intercambios</source>
        <translation>Exchange history</translation>
    </message>
    <message>
        <source>Los paquetes exportados desde esta base de datos y los importados en ella: cuándo, de qué equipo y facilitador, y cuántos registros trajeron.</source>
        <translation>The packages exported from this database and those imported into it: when, from which computer and facilitator, and how many records they brought.</translation>
    </message>
    <message>
        <source>Todavía no se ha exportado ni importado ningún paquete.</source>
        <translation>No package has been exported or imported yet.</translation>
    </message>
    <message>
        <source>Cerrar</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>&amp;Historial de intercambios…</source>
        <translation>Exchange &amp;history…</translation>
    </message>
</context>
<context>
    <name>FieldChoices</name>
    <message>
        <source>Este equipo</source>
        <translation>This computer</translation>
    </message>
    <message>
        <source>El otro equipo ({who})</source>
        <translation>The other computer ({who})</translation>
    </message>
    <message>
        <source>El registro entero: ¿se conserva o se elimina?</source>
        <translation>The whole record: is it kept or deleted?</translation>
    </message>
</context>
<context>
    <name>FileDialogs</name>
    <message>
        <source>Carpeta</source>
        <translation>Folder</translation>
    </message>
    <message>
        <source>Base de datos</source>
        <translation>Database</translation>
    </message>
    <message>
        <source>Ese archivo es la base de datos que Alianzas tiene abierta. Elija otro archivo.</source>
        <translation>That file is the database Alianzas has open. Choose another file.</translation>
    </message>
</context>
<context>
    <name>FirstStartDialog</name>
    <message>
        <source>Bienvenida a Alianzas</source>
        <translation>Welcome to Alianzas</translation>
    </message>
    <message>
        <source>Antes de empezar, díganos quién es: su nombre queda en el historial de cambios de cada alianza, como quien registró o corrigió cada dato. El departamento se propone en cada alianza nueva y el papel es el que usa su impresora. Puede cambiar estos datos cuando quiera en Archivo ▸ Perfil.</source>
        <translation>Before you start, tell us who you are: your name is kept in the change history of each alliance, as whoever recorded or corrected each piece of data. The department is suggested for each new alliance and the paper is the one your printer uses. You can change these details whenever you like in File ▸ Profile.</translation>
    </message>
    <message>
        <source>&amp;Empezar</source>
        <translation>&amp;Start</translation>
    </message>
    <message>
        <source>&amp;Salir</source>
        <translation>&amp;Quit</translation>
    </message>
</context>
<context>
    <name>FlowEditor</name>
    <message>
        <source>Todos los socios</source>
        <translation>All the partners</translation>
    </message>
    <message>
        <source>Comité de la alianza</source>
        <translation>Alliance committee</translation>
    </message>
    <message>
        <source>Semanal, mensual, tras cada sesión…</source>
        <translation>Weekly, monthly, after each meeting…</translation>
    </message>
    <message>
        <source>Libro de actas, carpeta compartida…</source>
        <translation>Minute book, shared folder…</translation>
    </message>
    <message>
        <source>&amp;Canal:</source>
        <translation>&amp;Channel:</translation>
    </message>
    <message>
        <source>&amp;Frecuencia:</source>
        <translation>&amp;Frequency:</translation>
    </message>
    <message>
        <source>Quién &amp;informa:</source>
        <translation>Who &amp;reports:</translation>
    </message>
    <message>
        <source>&amp;Destinatarios:</source>
        <translation>Reci&amp;pients:</translation>
    </message>
    <message>
        <source>Dónde quedan los regi&amp;stros:</source>
        <translation>Where the recor&amp;ds are kept:</translation>
    </message>
</context>
<context>
    <name>FlowListModel</name>
    <message>
        <source>Canal</source>
        <translation>Channel</translation>
    </message>
    <message>
        <source>Frecuencia</source>
        <translation>Frequency</translation>
    </message>
    <message>
        <source>Quién informa</source>
        <translation>Who reports</translation>
    </message>
    <message>
        <source>A quién</source>
        <translation>To whom</translation>
    </message>
</context>
<context>
    <name>FlowsPage</name>
    <message>
        <source>2. Intercambio de información</source>
        <translation>2. Information exchange</translation>
    </message>
    <message>
        <source>Cómo se mantienen informados los socios entre sesiones.</source>
        <translation>How the partners keep one another informed between meetings.</translation>
    </message>
    <message>
        <source>&amp;Agregar canal</source>
        <translation>&amp;Add channel</translation>
    </message>
</context>
<context>
    <name>FollowUpEditor</name>
    <message>
        <source>Opcional: cómo va, qué falta, por qué cambió</source>
        <translation>Optional: how it is going, what is missing, why it changed</translation>
    </message>
    <message>
        <source>&amp;Estado:</source>
        <translation>&amp;Status:</translation>
    </message>
    <message>
        <source>&amp;Nota:</source>
        <translation>&amp;Note:</translation>
    </message>
</context>
<context>
    <name>FollowUpHistoryModel</name>
    <message>
        <source>Fecha</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Acta</source>
        <translation>Minutes</translation>
    </message>
    <message>
        <source>Estado</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Nota</source>
        <translation>Note</translation>
    </message>
</context>
<context>
    <name>FollowUpModel</name>
    <message>
        <source>Compromiso</source>
        <translation>Commitment</translation>
    </message>
    <message>
        <source>Organización</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Fecha límite</source>
        <translation>Deadline</translation>
    </message>
    <message>
        <source>Estado</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Nota</source>
        <translation>Note</translation>
    </message>
</context>
<context>
    <name>FollowUpPage</name>
    <message>
        <source>1. Seguimiento</source>
        <translation>1. Follow-up</translation>
    </message>
    <message>
        <source>Cómo van, uno por uno, los compromisos abiertos y las actividades del plan.</source>
        <translation>How the open commitments and the plan&apos;s activities are going, one by one.</translation>
    </message>
    <message>
        <source>dd/mm/aaaa</source>
        <translation>dd/mm/yyyy</translation>
    </message>
    <message>
        <source>&amp;Estado del compromiso:</source>
        <translation>Commitment &amp;status:</translation>
    </message>
    <message>
        <source>&amp;Nota:</source>
        <translation>&amp;Note:</translation>
    </message>
    <message>
        <source>La alianza no tiene compromisos abiertos.</source>
        <translation>The alliance has no open commitments.</translation>
    </message>
    <message>
        <source>Estado de la acti&amp;vidad:</source>
        <translation>Acti&amp;vity status:</translation>
    </message>
    <message>
        <source>N&amp;ota:</source>
        <translation>N&amp;ote:</translation>
    </message>
    <message>
        <source>La alianza no tiene actividades abiertas en su plan de trabajo.</source>
        <translation>The alliance has no open activities in its work plan.</translation>
    </message>
    <message>
        <source>&amp;Fecha de la revisión:</source>
        <translation>Review &amp;date:</translation>
    </message>
    <message>
        <source>Compromisos abiertos</source>
        <translation>Open commitments</translation>
    </message>
    <message>
        <source>Actividades del plan de trabajo</source>
        <translation>Work plan activities</translation>
    </message>
</context>
<context>
    <name>FormalizationPage</name>
    <message>
        <source>4. Formalización</source>
        <translation>4. Formalisation</translation>
    </message>
    <message>
        <source>Convenio de asociación, corporación, unión temporal…</source>
        <translation>Association agreement, corporation, temporary union…</translation>
    </message>
    <message>
        <source>dd/mm/aaaa</source>
        <translation>dd/mm/yyyy</translation>
    </message>
    <message>
        <source>&amp;Adjuntar convenio firmado…</source>
        <translation>&amp;Attach signed agreement…</translation>
    </message>
    <message>
        <source>Q&amp;uitar escaneo</source>
        <translation>Re&amp;move scan</translation>
    </message>
    <message>
        <source>Actas numeradas de cada sesión, firmadas por los asistentes…</source>
        <translation>Numbered minutes of each meeting, signed by those present…</translation>
    </message>
    <message>
        <source>Convenio</source>
        <translation>Agreement</translation>
    </message>
    <message>
        <source>Figura &amp;jurídica:</source>
        <translation>&amp;Legal form:</translation>
    </message>
    <message>
        <source>&amp;Número del convenio:</source>
        <translation>Agreement &amp;number:</translation>
    </message>
    <message>
        <source>&amp;Fecha del convenio:</source>
        <translation>Agreement &amp;date:</translation>
    </message>
    <message>
        <source>Convenio firmado:</source>
        <translation>Signed agreement:</translation>
    </message>
    <message>
        <source>Cómo se &amp;registran las decisiones:</source>
        <translation>How decisions are &amp;recorded:</translation>
    </message>
    <message>
        <source>La alianza es formal: registre su convenio y adjunte la copia firmada.</source>
        <translation>The alliance is formal: record its agreement and attach the signed copy.</translation>
    </message>
    <message>
        <source>Opcional para una alianza formal.</source>
        <translation>Optional for a formal alliance.</translation>
    </message>
    <message>
        <source>La alianza es informal: acuerden cómo quedan registradas sus decisiones.</source>
        <translation>The alliance is informal: agree on how its decisions are recorded.</translation>
    </message>
    <message>
        <source>Sin constitución jurídica, los registros son la memoria de lo acordado.</source>
        <translation>Without legal constitution, the records are the memory of what was agreed.</translation>
    </message>
    <message>
        <source>Se adjuntará: {0}</source>
        <translation>Will be attached: {0}</translation>
    </message>
    <message>
        <source>Guardado: {0}</source>
        <translation>Saved: {0}</translation>
    </message>
    <message>
        <source>Aún no se adjunta el convenio firmado (puede hacerlo después).</source>
        <translation>The signed agreement is not attached yet (you can do it later).</translation>
    </message>
    <message>
        <source>Convenio firmado</source>
        <translation>Signed agreement</translation>
    </message>
    <message>
        <source>Imágenes y PDF (*.jpg *.jpeg *.png *.pdf *.tif *.tiff);;Todos los archivos (*)</source>
        <translation>Images and PDF (*.jpg *.jpeg *.png *.pdf *.tif *.tiff);;All files (*)</translation>
    </message>
    <message>
        <source>No se puede leer ese archivo.</source>
        <translation>That file cannot be read.</translation>
    </message>
    <message>
        <source>El archivo es demasiado grande (máximo {0} MB).</source>
        <translation>The file is too large (at most {0} MB).</translation>
    </message>
</context>
<context>
    <name>FulfilmentBars</name>
    <message>
        <source>La alianza no tiene compromisos registrados.</source>
        <translation>The alliance has no recorded commitments.</translation>
    </message>
    <message>
        <source>{done} de {total} ({percent} %)</source>
        <translation>{done} of {total} ({percent} %)</translation>
    </message>
</context>
<context>
    <name>FulfilmentModel</name>
    <message>
        <source>Socio</source>
        <translation>Partner</translation>
    </message>
    <message>
        <source>Sector</source>
        <translation>Sector</translation>
    </message>
    <message>
        <source>Cumplidos / total</source>
        <translation>Fulfilled / total</translation>
    </message>
    <message>
        <source>Entregado / comprometido</source>
        <translation>Delivered / committed</translation>
    </message>
    <message>
        <source>{done} / {total} ({share})</source>
        <translation>{done} / {total} ({share})</translation>
    </message>
    <message>
        <source>sin valor en pesos</source>
        <translation>no value in pesos</translation>
    </message>
</context>
<context>
    <name>GuidancePanel</name>
    <message>
        <source>Preguntas para conversar con los socios</source>
        <translation>Questions to talk over with the partners</translation>
    </message>
    <message>
        <source>Ver en la guía de la metodología</source>
        <translation>See in the methodology guide</translation>
    </message>
</context>
<context>
    <name>GuidedQuestion</name>
    <message>
        <source>¿Las relaciones entre los socios fueron abiertas y horizontales? ¿Qué lo permitió o qué lo impidió?</source>
        <translation>Were the relations between the partners open and horizontal? What made that possible, or what prevented it?</translation>
    </message>
    <message>
        <source>¿Los socios participaron activamente todo el tiempo? ¿Cuándo se alejaron y por qué?</source>
        <translation>Did the partners take an active part all the time? When did they drift away, and why?</translation>
    </message>
    <message>
        <source>¿Los aportes de los socios se complementaron? ¿Qué faltó y quién lo puso?</source>
        <translation>Did the partners&apos; contributions complement one another? What was missing, and who provided it?</translation>
    </message>
    <message>
        <source>¿El propósito común se mantuvo claro y compartido? ¿Cambió en el camino?</source>
        <translation>Did the common purpose stay clear and shared? Did it change along the way?</translation>
    </message>
    <message>
        <source>¿Cómo se construyó (o se perdió) la confianza entre los socios? ¿Qué hechos la marcaron?</source>
        <translation>How was trust between the partners built (or lost)? Which events marked it?</translation>
    </message>
    <message>
        <source>¿Se respetaron las diferencias de cultura, de saber y de ritmo entre los socios?</source>
        <translation>Were the differences of culture, knowledge and pace between the partners respected?</translation>
    </message>
    <message>
        <source>¿Quiénes participaron en las decisiones y quiénes quedaron por fuera? ¿Por qué?</source>
        <translation>Who took part in the decisions and who was left out? Why?</translation>
    </message>
    <message>
        <source>¿La información y el manejo de los recursos fueron transparentes para todos?</source>
        <translation>Were the information and the handling of resources transparent for everyone?</translation>
    </message>
    <message>
        <source>¿Los socios asumieron juntos los resultados, los buenos y los malos?</source>
        <translation>Did the partners take on the results together, the good ones and the bad ones?</translation>
    </message>
    <message>
        <source>¿La información circuló a tiempo entre los socios y hacia la comunidad?</source>
        <translation>Did information flow in time between the partners and towards the community?</translation>
    </message>
    <message>
        <source>¿Se aprovecharon las fortalezas de cada socio? ¿Cuál fue decisiva?</source>
        <translation>Were the strengths of each partner put to use? Which one was decisive?</translation>
    </message>
    <message>
        <source>¿El seguimiento de los compromisos ayudó a cumplirlos? ¿Qué se hizo cuando no?</source>
        <translation>Did following up the commitments help to fulfil them? What was done when it did not?</translation>
    </message>
    <message>
        <source>¿Las evaluaciones llevaron a decisiones y cambios reales?</source>
        <translation>Did the evaluations lead to real decisions and changes?</translation>
    </message>
    <message>
        <source>¿Se tomaron tiempo para reflexionar sobre cómo trabajaban juntos?</source>
        <translation>Did they take time to reflect on how they worked together?</translation>
    </message>
    <message>
        <source>¿Cómo se manejaron los conflictos? ¿Qué dejaron a la alianza?</source>
        <translation>How were the conflicts handled? What did they leave the alliance?</translation>
    </message>
    <message>
        <source>¿Qué resultados tangibles se lograron, y cuáles motivaron a seguir?</source>
        <translation>What tangible results were achieved, and which ones motivated them to carry on?</translation>
    </message>
</context>
<context>
    <name>HealthBanner</name>
    <message>
        <source>Salud de la alianza: {health}</source>
        <translation>Health of the alliance: {health}</translation>
    </message>
    <message>
        <source>⚠ 1 incidente crítico abierto</source>
        <translation>⚠ 1 open critical incident</translation>
    </message>
    <message>
        <source>⚠ {count} incidentes críticos abiertos</source>
        <translation>⚠ {count} open critical incidents</translation>
    </message>
</context>
<context>
    <name>HelpWindow</name>
    <message>
        <source>Guía de la metodología</source>
        <translation>Methodology guide</translation>
    </message>
    <message>
        <source>Palabras, sin importar tildes</source>
        <translation>Words, accents ignored</translation>
    </message>
    <message>
        <source>Buscar en la guía</source>
        <translation>Search the guide</translation>
    </message>
    <message>
        <source>&amp;Buscar en la guía:</source>
        <translation>&amp;Search the guide:</translation>
    </message>
    <message>
        <source>Contenido de la guía</source>
        <translation>Contents of the guide</translation>
    </message>
    <message>
        <source>&amp;Contenido:</source>
        <translation>&amp;Contents:</translation>
    </message>
    <message>
        <source>Texto de la guía</source>
        <translation>Text of the guide</translation>
    </message>
    <message>
        <source>No se encontró el texto de la guía.</source>
        <translation>The text of the guide was not found.</translation>
    </message>
    <message>
        <source>Una sección lo dice</source>
        <translation>One section mentions it</translation>
    </message>
    <message>
        <source>%1 secciones lo dicen</source>
        <translation>%1 sections mention it</translation>
    </message>
    <message>
        <source>Ninguna sección lo dice</source>
        <translation>No section mentions it</translation>
    </message>
</context>
<context>
    <name>HistoryModel</name>
    <message>
        <source>Fecha</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Cambio</source>
        <translation>Change</translation>
    </message>
    <message>
        <source>Nota</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Evidencias</source>
        <translation>Evidence</translation>
    </message>
    <message>
        <source> (acta No. {number})</source>
        <translation> (minutes No. {number})</translation>
    </message>
    <message>
        <source>Evidencia</source>
        <translation>Evidence</translation>
    </message>
    <message>
        <source>Avance: sigue {status}</source>
        <translation>Progress: still {status}</translation>
    </message>
</context>
<context>
    <name>JoiningEditor</name>
    <message>
        <source>(elija el sector)</source>
        <translation>(choose the sector)</translation>
    </message>
    <message>
        <source>¿Qué aporta a la alianza?</source>
        <translation>What does it bring to the alliance?</translation>
    </message>
    <message>
        <source>&amp;Organización:</source>
        <translation>&amp;Organisation:</translation>
    </message>
    <message>
        <source>S&amp;ector:</source>
        <translation>S&amp;ector:</translation>
    </message>
    <message>
        <source>Qué a&amp;porta:</source>
        <translation>What it &amp;brings:</translation>
    </message>
</context>
<context>
    <name>JoiningListModel</name>
    <message>
        <source>Organización que se une</source>
        <translation>Organisation joining</translation>
    </message>
    <message>
        <source>Sector</source>
        <translation>Sector</translation>
    </message>
    <message>
        <source>(sin nombre)</source>
        <translation>(no name)</translation>
    </message>
</context>
<context>
    <name>KindCountModel</name>
    <message>
        <source>Versión del acuerdo</source>
        <translation>Agreement version</translation>
    </message>
    <message>
        <source>Compromiso de una actividad del plan</source>
        <translation>Commitment of a plan activity</translation>
    </message>
    <message>
        <source>Elemento de sostenibilidad</source>
        <translation>Sustainability item</translation>
    </message>
    <message>
        <source>Réplica</source>
        <translation>Replication</translation>
    </message>
    <message>
        <source>Beneficio observado</source>
        <translation>Observed benefit</translation>
    </message>
    <message>
        <source>Sistematización</source>
        <translation>Systematization</translation>
    </message>
    <message>
        <source>Nota de la cronología</source>
        <translation>Chronology note</translation>
    </message>
    <message>
        <source>Lección aprendida</source>
        <translation>Lesson learned</translation>
    </message>
    <message>
        <source>Tipo de registro</source>
        <translation>Type of record</translation>
    </message>
    <message>
        <source>Se
agregan</source>
        <translation>Will be
added</translation>
    </message>
    <message>
        <source>Se
actualizan</source>
        <translation>Will be
updated</translation>
    </message>
    <message>
        <source>En
conflicto</source>
        <translation>In
conflict</translation>
    </message>
    <message>
        <source>Documento
distinto</source>
        <translation>Different
document</translation>
    </message>
    <message>
        <source>Se
eliminan</source>
        <translation>Will be
deleted</translation>
    </message>
</context>
<context>
    <name>LessonEditor</name>
    <message>
        <source>Lo que pasó, en pocas palabras</source>
        <translation>What happened, in a few words</translation>
    </message>
    <message>
        <source>Por qué es importante</source>
        <translation>Why it is important</translation>
    </message>
    <message>
        <source>Qué recomiendan a otras alianzas</source>
        <translation>What they recommend to other alliances</translation>
    </message>
    <message>
        <source>(sin fase)</source>
        <translation>(no phase)</translation>
    </message>
    <message>
        <source>(sin condición)</source>
        <translation>(no condition)</translation>
    </message>
    <message>
        <source>(sin factor)</source>
        <translation>(no factor)</translation>
    </message>
    <message>
        <source>(el área de la alianza)</source>
        <translation>(the alliance&apos;s area)</translation>
    </message>
    <message>
        <source>Separadas por comas: mujeres, mercados</source>
        <translation>Separated by commas: women, markets</translation>
    </message>
    <message>
        <source>Qué &amp;pasó:</source>
        <translation>What &amp;happened:</translation>
    </message>
    <message>
        <source>Por qué &amp;importa:</source>
        <translation>Why it &amp;matters:</translation>
    </message>
    <message>
        <source>Recome&amp;ndación:</source>
        <translation>Recomme&amp;ndation:</translation>
    </message>
    <message>
        <source>Fa&amp;se:</source>
        <translation>Pha&amp;se:</translation>
    </message>
    <message>
        <source>C&amp;ondición:</source>
        <translation>C&amp;ondition:</translation>
    </message>
    <message>
        <source>Factor de é&amp;xito:</source>
        <translation>Success &amp;factor:</translation>
    </message>
    <message>
        <source>Á&amp;rea:</source>
        <translation>A&amp;rea:</translation>
    </message>
    <message>
        <source>&amp;Etiquetas:</source>
        <translation>&amp;Tags:</translation>
    </message>
</context>
<context>
    <name>LessonModel</name>
    <message>
        <source>Qué pasó</source>
        <translation>What happened</translation>
    </message>
    <message>
        <source>Fase</source>
        <translation>Phase</translation>
    </message>
    <message>
        <source>Etiquetas</source>
        <translation>Tags</translation>
    </message>
</context>
<context>
    <name>LessonTableModel</name>
    <message>
        <source>Alianza</source>
        <translation>Alliance</translation>
    </message>
    <message>
        <source>Lección</source>
        <translation>Lesson</translation>
    </message>
    <message>
        <source>Fase</source>
        <translation>Phase</translation>
    </message>
    <message>
        <source>Área</source>
        <translation>Area</translation>
    </message>
</context>
<context>
    <name>LessonsDialog</name>
    <message>
        <source>Biblioteca de lecciones</source>
        <translation>Lessons library</translation>
    </message>
    <message>
        <source>Palabras, sin importar tildes</source>
        <translation>Words, accents ignored</translation>
    </message>
    <message>
        <source>Todas las fases</source>
        <translation>All phases</translation>
    </message>
    <message>
        <source>Todas las áreas</source>
        <translation>All areas</translation>
    </message>
    <message>
        <source>Todas las condiciones</source>
        <translation>All conditions</translation>
    </message>
    <message>
        <source>Todos los factores</source>
        <translation>All factors</translation>
    </message>
    <message>
        <source>Todas las etiquetas</source>
        <translation>All tags</translation>
    </message>
    <message>
        <source>Ce&amp;rrar</source>
        <translation>C&amp;lose</translation>
    </message>
    <message>
        <source>&amp;Buscar:</source>
        <translation>&amp;Search:</translation>
    </message>
    <message>
        <source>&amp;Fase:</source>
        <translation>&amp;Phase:</translation>
    </message>
    <message>
        <source>Á&amp;rea:</source>
        <translation>A&amp;rea:</translation>
    </message>
    <message>
        <source>C&amp;ondición:</source>
        <translation>C&amp;ondition:</translation>
    </message>
    <message>
        <source>Fac&amp;tor:</source>
        <translation>Fac&amp;tor:</translation>
    </message>
    <message>
        <source>&amp;Etiqueta:</source>
        <translation>Ta&amp;g:</translation>
    </message>
    <message>
        <source>{shown} de {total} lecciones</source>
        <translation>{shown} of {total} lessons</translation>
    </message>
    <message>
        <source>Aún no hay lecciones: aparecen cuando una alianza sistematiza su experiencia.</source>
        <translation>There are no lessons yet: they appear when an alliance systematizes its experience.</translation>
    </message>
    <message>
        <source>Qué pasó</source>
        <translation>What happened</translation>
    </message>
    <message>
        <source>Por qué importa</source>
        <translation>Why it matters</translation>
    </message>
    <message>
        <source>Recomendación</source>
        <translation>Recommendation</translation>
    </message>
    <message>
        <source>Sistematizada el {date}</source>
        <translation>Systematized on {date}</translation>
    </message>
    <message>
        <source>Biblioteca de &amp;lecciones…</source>
        <translation>&amp;Lessons library…</translation>
    </message>
</context>
<context>
    <name>ListPage</name>
    <message>
        <source>&amp;Quitar</source>
        <translation>Rem&amp;ove</translation>
    </message>
    <message>
        <source>Hay {0} fila(s) con datos por corregir: elija cada una para ver qué falta.</source>
        <translation>There are {0} row(s) with data to correct: choose each one to see what is missing.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Alianzas</source>
        <translation>Alliances</translation>
    </message>
    <message>
        <source>Buscar por nombre, municipio, área, socio o persona…</source>
        <translation>Search by name, municipality, area, partner or person…</translation>
    </message>
    <message>
        <source>Nueva alianza</source>
        <translation>New alliance</translation>
    </message>
    <message>
        <source>Asistentes que quedaron a medias</source>
        <translation>Wizards left half-done</translation>
    </message>
    <message>
        <source>Lista de alianzas</source>
        <translation>List of alliances</translation>
    </message>
    <message>
        <source>&amp;Nueva alianza…</source>
        <translation>&amp;New alliance…</translation>
    </message>
    <message>
        <source>&amp;Abrir base de datos…</source>
        <translation>&amp;Open database…</translation>
    </message>
    <message>
        <source>&amp;Salir</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <source>Ctrl+Q</source>
        <translation>Ctrl+Q</translation>
    </message>
    <message>
        <source>&amp;Abrir</source>
        <translation>&amp;Open</translation>
    </message>
    <message>
        <source>Acuerdo de &amp;compromisos…</source>
        <translation>Commitments &amp;agreement…</translation>
    </message>
    <message>
        <source>&amp;Volver a la lista</source>
        <translation>&amp;Back to the list</translation>
    </message>
    <message>
        <source>Alt+Left</source>
        <translation>Alt+Left</translation>
    </message>
    <message>
        <source>&amp;Buscar</source>
        <translation>&amp;Find</translation>
    </message>
    <message>
        <source>Mostrar a&amp;rchivadas</source>
        <translation>Show a&amp;rchived</translation>
    </message>
    <message>
        <source>&amp;Guía de la metodología</source>
        <translation>Methodology &amp;guide</translation>
    </message>
    <message>
        <source>&amp;Acerca de Alianzas</source>
        <translation>&amp;About Alianzas</translation>
    </message>
    <message>
        <source>&amp;Respaldo…</source>
        <translation>&amp;Backup…</translation>
    </message>
    <message>
        <source>&amp;Perfil…</source>
        <translation>&amp;Profile…</translation>
    </message>
    <message>
        <source>&amp;Datos personales…</source>
        <translation>Personal &amp;data…</translation>
    </message>
    <message>
        <source>Bo&amp;rradores…</source>
        <translation>D&amp;rafts…</translation>
    </message>
    <message>
        <source>&amp;Verificar documento…</source>
        <translation>&amp;Verify document…</translation>
    </message>
    <message>
        <source>&amp;Preferencias…</source>
        <translation>Pr&amp;eferences…</translation>
    </message>
    <message>
        <source>&amp;Archivo</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <source>A&amp;lianza</source>
        <translation>A&amp;lliance</translation>
    </message>
    <message>
        <source>&amp;Herramientas</source>
        <translation>&amp;Tools</translation>
    </message>
    <message>
        <source>A&amp;yuda</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <source>Aún no hay alianzas registradas</source>
        <translation>No alliances recorded yet</translation>
    </message>
    <message>
        <source>Cree la primera alianza: el asistente le acompaña paso a paso por la fase de Nacimiento —socios, propósito común, compromisos y estructura— y al final prepara el acuerdo de compromisos para imprimir y firmar.</source>
        <translation>Create the first alliance: the wizard takes you step by step through the Birth phase —partners, common purpose, commitments and structure— and at the end prepares the commitments agreement to print and sign.</translation>
    </message>
    <message>
        <source>1 alianza</source>
        <translation>1 alliance</translation>
    </message>
    <message>
        <source>{total} alianzas</source>
        <translation>{total} alliances</translation>
    </message>
    <message>
        <source>Ninguna alianza coincide con la búsqueda</source>
        <translation>No alliance matches the search</translation>
    </message>
    <message>
        <source>{shown} de {total} alianzas</source>
        <translation>{shown} of {total} alliances</translation>
    </message>
    <message>
        <source>1 archivada (Alianza ▸ Mostrar archivadas)</source>
        <translation>1 archived (Alliance ▸ Show archived)</translation>
    </message>
    <message>
        <source>{archived} archivadas (Alianza ▸ Mostrar archivadas)</source>
        <translation>{archived} archived (Alliance ▸ Show archived)</translation>
    </message>
    <message>
        <source>Base de datos: {where}</source>
        <translation>Database: {where}</translation>
    </message>
    <message>
        <source>{name} — Alianzas</source>
        <translation>{name} — Alianzas</translation>
    </message>
    <message>
        <source>Borradores ({count})</source>
        <translation>Drafts ({count})</translation>
    </message>
    <message>
        <source>La alianza «{name}» quedó registrada. Este es su acuerdo de compromisos: use «Emitir e imprimir» para imprimir la versión que firmarán los socios.</source>
        <translation>The alliance «{name}» has been recorded. This is its commitments agreement: use «Issue and print» to print the version the partners will sign.</translation>
    </message>
    <message>
        <source>La alianza «{name}» quedó registrada. Imprima su acuerdo de compromisos para que lo firmen los socios.</source>
        <translation>The alliance «{name}» has been recorded. Print its commitments agreement so the partners can sign it.</translation>
    </message>
    <message>
        <source>Abrir base de datos</source>
        <translation>Open database</translation>
    </message>
    <message>
        <source>Base de datos de Alianzas (*.sqlite *.db);;Todos los archivos (*)</source>
        <translation>Alianzas database (*.sqlite *.db);;All files (*)</translation>
    </message>
    <message>
        <source>No se pudo abrir la base de datos</source>
        <translation>Could not open the database</translation>
    </message>
    <message>
        <source>Acerca de Alianzas</source>
        <translation>About Alianzas</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Alianzas {version}&lt;/h3&gt;&lt;p&gt;Acompañamiento sin conexión de alianzas entre el sector público, el sector privado y la sociedad civil, según la metodología del Programa Nacional de Alianzas: nacimiento, puesta en marcha, consolidación y sostenibilidad, y proyección.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Alianzas {version}&lt;/h3&gt;&lt;p&gt;Offline support for alliances between the public sector, the private sector and civil society, following the methodology of the National Alliances Programme: birth, start-up, consolidation and sustainability, and projection.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>MeetingTableModel</name>
    <message>
        <source>Acta No.</source>
        <translation>Minutes No.</translation>
    </message>
    <message>
        <source>Fecha</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Tipo</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Estado</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Lugar</source>
        <translation>Place</translation>
    </message>
    <message>
        <source>Firmada</source>
        <translation>Signed</translation>
    </message>
    <message>
        <source>Sí</source>
        <translation>Yes</translation>
    </message>
    <message>
        <source>No</source>
        <translation>No</translation>
    </message>
</context>
<context>
    <name>MeetingWizard</name>
    <message>
        <source>Sesión con socios — {0}</source>
        <translation>Meeting with partners — {0}</translation>
    </message>
    <message>
        <source>C&amp;errar sesión</source>
        <translation>Clos&amp;e meeting</translation>
    </message>
    <message>
        <source>Salir</source>
        <translation>Quit</translation>
    </message>
    <message>
        <source>sin fecha</source>
        <translation>no date</translation>
    </message>
    <message>
        <source>Sesión del {0} — {1}</source>
        <translation>Meeting of {0} — {1}</translation>
    </message>
    <message>
        <source>Convocatoria guardada: la sesión figura como convocada.</source>
        <translation>Notice saved: the meeting is listed as convened.</translation>
    </message>
    <message>
        <source>Aún no se ha guardado la convocatoria.</source>
        <translation>The notice of meeting has not been saved yet.</translation>
    </message>
    <message>
        <source>Planilla de asistencia</source>
        <translation>Attendance sheet</translation>
    </message>
    <message>
        <source>Cerrar la sesión</source>
        <translation>Close the meeting</translation>
    </message>
    <message>
        <source>Al cerrar, el acta recibe su número y ya no se puede modificar; las correcciones posteriores se hacen con una fe de erratas.

¿Cerrar la sesión?</source>
        <translation>When it is closed, the minutes receive their number and can no longer be changed; later corrections are made with an erratum.

Close the meeting?</translation>
    </message>
    <message>
        <source>Acta No. {0}</source>
        <translation>Minutes No. {0}</translation>
    </message>
    <message>
        <source>La sesión quedó cerrada como Acta No. {0}. Imprímala para que la firmen los asistentes, o hágalos firmar en pantalla desde la pestaña Sesiones.</source>
        <translation>The meeting was closed as Minutes No. {0}. Print them so the attendees can sign, or have them sign on screen from the Meetings tab.</translation>
    </message>
    <message>
        <source>Salir del asistente</source>
        <translation>Leave the wizard</translation>
    </message>
    <message>
        <source>¿Guardar lo escrito de esta sesión para continuar después?</source>
        <translation>Save what has been written for this meeting to continue later?</translation>
    </message>
</context>
<context>
    <name>MeetingsTab</name>
    <message>
        <source>Nueva se&amp;sión…</source>
        <translation>New meet&amp;ing…</translation>
    </message>
    <message>
        <source>Contin&amp;uar</source>
        <translation>Contin&amp;ue</translation>
    </message>
    <message>
        <source>V&amp;er acta…</source>
        <translation>Vi&amp;ew minutes…</translation>
    </message>
    <message>
        <source>&amp;Planilla de asistencia…</source>
        <translation>&amp;Attendance sheet…</translation>
    </message>
    <message>
        <source>Firmar en pan&amp;talla…</source>
        <translation>Sign on &amp;screen…</translation>
    </message>
    <message>
        <source>Registrar acta fir&amp;mada…</source>
        <translation>Record si&amp;gned minutes…</translation>
    </message>
    <message>
        <source>Agregar fe &amp;de erratas…</source>
        <translation>Add an erratu&amp;m…</translation>
    </message>
    <message>
        <source>Acta cerrada:</source>
        <translation>Closed minutes:</translation>
    </message>
    <message>
        <source>Esta alianza aún no tiene sesiones. Use «Nueva sesión» para convocar.</source>
        <translation>This alliance has no meetings yet. Use «New meeting» to convene one.</translation>
    </message>
    <message>
        <source>Acta No. {number} del {date}: cerrada, su contenido ya no cambia. Las correcciones se agregan como fe de erratas.</source>
        <translation>Minutes No. {number} of {date}: closed, their content no longer changes. Corrections are added as errata.</translation>
    </message>
    <message>
        <source>Sesión del {date}, {status}: use «Continuar» para tomar la asistencia y terminar el acta.</source>
        <translation>Meeting of {date}, {status}: use «Continue» to take attendance and finish the minutes.</translation>
    </message>
    <message>
        <source>Acta</source>
        <translation>Minutes</translation>
    </message>
    <message>
        <source>Acta No. {0}</source>
        <translation>Minutes No. {0}</translation>
    </message>
    <message>
        <source>Planilla de asistencia</source>
        <translation>Attendance sheet</translation>
    </message>
    <message>
        <source>Registrar acta firmada</source>
        <translation>Record signed minutes</translation>
    </message>
    <message>
        <source>No se pudo registrar la firma</source>
        <translation>Could not record the signature</translation>
    </message>
    <message>
        <source>No se pudo agregar la fe de erratas</source>
        <translation>Could not add the erratum</translation>
    </message>
</context>
<context>
    <name>NacimientoWizard</name>
    <message>
        <source>Nueva alianza — Nacimiento</source>
        <translation>New alliance — Birth</translation>
    </message>
    <message>
        <source>&amp;Fundar la alianza</source>
        <translation>&amp;Found the alliance</translation>
    </message>
    <message>
        <source>Cerrar</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>Alianza sin nombre</source>
        <translation>Unnamed alliance</translation>
    </message>
    <message>
        <source>Cerrar el asistente</source>
        <translation>Close the wizard</translation>
    </message>
    <message>
        <source>¿Guardar el borrador para continuar después?</source>
        <translation>Save the draft to continue later?</translation>
    </message>
</context>
<context>
    <name>NewCommitmentEditor</name>
    <message>
        <source>Elija el socio responsable…</source>
        <translation>Choose the responsible partner…</translation>
    </message>
    <message>
        <source>¿Qué se compromete a hacer?</source>
        <translation>What does it commit to do?</translation>
    </message>
    <message>
        <source>&amp;Compromiso:</source>
        <translation>&amp;Commitment:</translation>
    </message>
    <message>
        <source>&amp;Organización:</source>
        <translation>&amp;Organisation:</translation>
    </message>
    <message>
        <source>&amp;Responsable:</source>
        <translation>&amp;Responsible:</translation>
    </message>
    <message>
        <source>Fecha &amp;límite:</source>
        <translation>&amp;Deadline:</translation>
    </message>
    <message>
        <source>Tipo de a&amp;porte:</source>
        <translation>Type of con&amp;tribution:</translation>
    </message>
    <message>
        <source>Lóg&amp;ica:</source>
        <translation>Log&amp;ic:</translation>
    </message>
    <message>
        <source>(solo la organización)</source>
        <translation>(the organisation only)</translation>
    </message>
</context>
<context>
    <name>NewCommitmentModel</name>
    <message>
        <source>Compromiso</source>
        <translation>Commitment</translation>
    </message>
    <message>
        <source>Organización</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Responsable</source>
        <translation>Responsible</translation>
    </message>
    <message>
        <source>Fecha límite</source>
        <translation>Deadline</translation>
    </message>
    <message>
        <source>(sin descripción)</source>
        <translation>(no description)</translation>
    </message>
</context>
<context>
    <name>OverdueCommitmentsModel</name>
    <message>
        <source>Venció</source>
        <translation>Was due</translation>
    </message>
    <message>
        <source>Compromiso</source>
        <translation>Commitment</translation>
    </message>
    <message>
        <source>Responsable</source>
        <translation>Responsible</translation>
    </message>
    <message>
        <source>Alianza</source>
        <translation>Alliance</translation>
    </message>
</context>
<context>
    <name>PartnerDialog</name>
    <message>
        <source>Agregar socio a «{name}»</source>
        <translation>Add a partner to «{name}»</translation>
    </message>
    <message>
        <source>La organización entra como parte del acuerdo de compromisos. Si el acuerdo ya fue emitido, se abre una nueva versión (otrosí) que la incluye; después registre sus compromisos en «Editar compromisos…».</source>
        <translation>The organisation becomes part of the commitments agreement. If the agreement has already been issued, a new version (amendment) that includes it is opened; then record its commitments in «Edit commitments…».</translation>
    </message>
    <message>
        <source>A&amp;gregar socio</source>
        <translation>&amp;Add partner</translation>
    </message>
    <message>
        <source>Cancelar</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Agregar socio</source>
        <translation>Add partner</translation>
    </message>
</context>
<context>
    <name>PartnerDraftModel</name>
    <message>
        <source>Organización</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Sector</source>
        <translation>Sector</translation>
    </message>
    <message>
        <source>Influencia</source>
        <translation>Influence</translation>
    </message>
    <message>
        <source>(sin nombre)</source>
        <translation>(no name)</translation>
    </message>
</context>
<context>
    <name>PartnerEditor</name>
    <message>
        <source>Escriba el nombre; se sugieren las conocidas</source>
        <translation>Type the name; known ones are suggested</translation>
    </message>
    <message>
        <source>Elija el sector…</source>
        <translation>Choose the sector…</translation>
    </message>
    <message>
        <source>NIT u otro identificador</source>
        <translation>NIT or another identifier</translation>
    </message>
    <message>
        <source>A&amp;utoriza el tratamiento de sus datos personales (Ley 1581 de 2012)</source>
        <translation>A&amp;uthorises the processing of their personal data (Law 1581 of 2012)</translation>
    </message>
    <message>
        <source>nombre@ejemplo.org</source>
        <translation>name@example.org</translation>
    </message>
    <message>
        <source>¿Qué le interesa de la alianza?</source>
        <translation>What interests it about the alliance?</translation>
    </message>
    <message>
        <source>¿Qué podría aportar?</source>
        <translation>What could it contribute?</translation>
    </message>
    <message>
        <source>&amp;Organización:</source>
        <translation>&amp;Organisation:</translation>
    </message>
    <message>
        <source>Secto&amp;r:</source>
        <translation>Secto&amp;r:</translation>
    </message>
    <message>
        <source>&amp;NIT:</source>
        <translation>&amp;NIT:</translation>
    </message>
    <message>
        <source>&amp;Intereses:</source>
        <translation>&amp;Interests:</translation>
    </message>
    <message>
        <source>&amp;Podría aportar:</source>
        <translation>&amp;Could contribute:</translation>
    </message>
    <message>
        <source>In&amp;fluencia:</source>
        <translation>In&amp;fluence:</translation>
    </message>
    <message>
        <source>Nom&amp;bre:</source>
        <translation>Na&amp;me:</translation>
    </message>
    <message>
        <source>&amp;Cargo:</source>
        <translation>Posi&amp;tion:</translation>
    </message>
    <message>
        <source>Fecha de autori&amp;zación:</source>
        <translation>Authori&amp;sation date:</translation>
    </message>
    <message>
        <source>&amp;Documento:</source>
        <translation>&amp;Document:</translation>
    </message>
    <message>
        <source>Te&amp;léfono:</source>
        <translation>Te&amp;lephone:</translation>
    </message>
    <message>
        <source>Corr&amp;eo:</source>
        <translation>&amp;Email:</translation>
    </message>
    <message>
        <source>Representante</source>
        <translation>Representative</translation>
    </message>
    <message>
        <source>Marque primero la autorización de datos personales.</source>
        <translation>First tick the personal data authorisation.</translation>
    </message>
</context>
<context>
    <name>PartnerTableModel</name>
    <message>
        <source>Organización</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Sector</source>
        <translation>Sector</translation>
    </message>
    <message>
        <source>Representante</source>
        <translation>Representative</translation>
    </message>
    <message>
        <source>Cargo</source>
        <translation>Position</translation>
    </message>
    <message>
        <source>Estado</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Activo</source>
        <translation>Active</translation>
    </message>
    <message>
        <source>Retirado el {date}</source>
        <translation>Withdrew on {date}</translation>
    </message>
    <message>
        <source>Motivo del retiro: {reason}</source>
        <translation>Reason for withdrawing: {reason}</translation>
    </message>
</context>
<context>
    <name>PartnersPage</name>
    <message>
        <source>2. Identificación de socios</source>
        <translation>2. Identifying partners</translation>
    </message>
    <message>
        <source>Las organizaciones que podrían ser socias: qué les interesa y qué aportarían.</source>
        <translation>The organisations that could become partners: what interests them and what they would contribute.</translation>
    </message>
    <message>
        <source>&amp;Agregar socio</source>
        <translation>&amp;Add partner</translation>
    </message>
    <message>
        <source>&amp;Quitar</source>
        <translation>Remo&amp;ve</translation>
    </message>
    <message>
        <source>Pulse «Agregar socio» para anotar la primera organización.</source>
        <translation>Press «Add partner» to note down the first organisation.</translation>
    </message>
    <message>
        <source>Posibles &amp;socios:</source>
        <translation>Possible &amp;partners:</translation>
    </message>
    <message>
        <source>Quitar socio</source>
        <translation>Remove partner</translation>
    </message>
    <message>
        <source>«{0}» tiene {1} compromisos. ¿Quitar el socio y sus compromisos?</source>
        <translation>«{0}» has {1} commitments. Remove the partner and its commitments?</translation>
    </message>
    <message>
        <source>Falta un socio del sector público.</source>
        <translation>A partner from the public sector is missing.</translation>
    </message>
    <message>
        <source>Falta un socio del sector privado.</source>
        <translation>A partner from the private sector is missing.</translation>
    </message>
    <message>
        <source>Falta un socio de la sociedad civil.</source>
        <translation>A partner from civil society is missing.</translation>
    </message>
    <message>
        <source>(sin nombre)</source>
        <translation>(no name)</translation>
    </message>
    <message>
        <source>Revise los datos de: {0}.</source>
        <translation>Check the details of: {0}.</translation>
    </message>
    <message>
        <source>3. Socios</source>
        <translation>3. Partners</translation>
    </message>
    <message>
        <source>Socios que siguen su camino u organizaciones que se unen: el acuerdo tendrá un otrosí. Y, si la alianza se cierra, una sesión de cierre con su acta.</source>
        <translation>Partners going their own way or organisations joining: the agreement will have an amendment. And, if the alliance closes, a closing meeting with its minutes.</translation>
    </message>
    <message>
        <source>Socio que se &amp;retira</source>
        <translation>Partner &amp;withdrawing</translation>
    </message>
    <message>
        <source>&amp;Quitar de la lista</source>
        <translation>Remove from the &amp;list</translation>
    </message>
    <message>
        <source>Organización que se &amp;une</source>
        <translation>Organisation &amp;joining</translation>
    </message>
    <message>
        <source>Quitar &amp;de la lista</source>
        <translation>Remove &amp;from the list</translation>
    </message>
    <message>
        <source>La alianza se &amp;cierra: convocar una sesión de cierre con su acta</source>
        <translation>The alliance &amp;closes: convene a closing meeting with its minutes</translation>
    </message>
    <message>
        <source>¿Por qué se cierra? ¿Qué queda?</source>
        <translation>Why does it close? What remains?</translation>
    </message>
    <message>
        <source>Socios que se retiran</source>
        <translation>Partners withdrawing</translation>
    </message>
    <message>
        <source>Organizaciones que se unen</source>
        <translation>Organisations joining</translation>
    </message>
    <message>
        <source>Moti&amp;vo del cierre:</source>
        <translation>Reason for clo&amp;sing:</translation>
    </message>
    <message>
        <source>Al guardar se abre un otrosí del acuerdo de compromisos con estos cambios, para firmarlo con los socios.</source>
        <translation>Saving opens an amendment to the commitments agreement with these changes, to be signed with the partners.</translation>
    </message>
</context>
<context>
    <name>PeopleDialog</name>
    <message>
        <source>Cancelar</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Suprimir datos personales</source>
        <translation>Erase personal data</translation>
    </message>
    <message>
        <source>¿Suprimir los datos personales de {name}?</source>
        <translation>Erase the personal data of {name}?</translation>
    </message>
    <message>
        <source>Se borrarán su nombre, documento, teléfono y correo de la base de datos, del historial, de los borradores, de las solicitudes y de los respaldos automáticos; en su lugar quedará «Persona suprimida». Esto no se puede deshacer.

Los documentos ya emitidos o firmados (acuerdos, actas) conservan a sus firmantes, como lo permite la Ley 1581 de 2012.</source>
        <translation>Their name, ID document, phone and email will be deleted from the database, the history, the drafts, the requests and the automatic backups; «Erased person» will remain in their place. This cannot be undone.

Documents already issued or signed (agreements, minutes) keep their signatories, as Law 1581 of 2012 allows.</translation>
    </message>
    <message>
        <source>… y {count} más</source>
        <translation>… and {count} more</translation>
    </message>
    <message>
        <source>Estos textos la mencionan:
{mentions}</source>
        <translation>These texts mention them:
{mentions}</translation>
    </message>
    <message>
        <source>Reemplazar también esas menciones por «Persona suprimida»</source>
        <translation>Also replace those mentions with «Erased person»</translation>
    </message>
    <message>
        <source>Suprimir</source>
        <translation>Erase</translation>
    </message>
    <message>
        <source>Guardar JSON</source>
        <translation>Save JSON</translation>
    </message>
    <message>
        <source>Datos en JSON (*.json)</source>
        <translation>Data in JSON (*.json)</translation>
    </message>
    <message>
        <source>Los datos se suprimieron. Ningún documento emitido los conserva.</source>
        <translation>The data was erased. No issued document keeps it.</translation>
    </message>
    <message>
        <source>Los datos se suprimieron. Estos documentos emitidos o firmados conservan su nombre como firmante (deber contractual):

{documents}</source>
        <translation>The data was erased. These issued or signed documents keep their name as a signatory (contractual duty):

{documents}</translation>
    </message>
    <message>
        <source>Menciones reemplazadas en textos: {count}.</source>
        <translation>Mentions replaced in texts: {count}.</translation>
    </message>
    <message>
        <source>Menciones que se dejaron como estaban, a pedido suyo: {count}.</source>
        <translation>Mentions left as they were, at your request: {count}.</translation>
    </message>
    <message>
        <source>Respaldos automáticos limpiados: {count}.</source>
        <translation>Automatic backups cleaned: {count}.</translation>
    </message>
    <message>
        <source>Respaldos que no se pudieron limpiar:
{backups}</source>
        <translation>Backups that could not be cleaned:
{backups}</translation>
    </message>
    <message>
        <source>Las copias guardadas fuera de la carpeta de respaldos de Alianzas (respaldos manuales en una memoria USB, otra carpeta u otro computador) no se pueden alcanzar desde aquí: suprímalas o destrúyalas a mano.</source>
        <translation>Copies kept outside the Alianzas backup folder (manual backups on a USB stick, another folder or another computer) cannot be reached from here: erase or destroy them by hand.</translation>
    </message>
    <message>
        <source>Datos personales</source>
        <translation>Personal data</translation>
    </message>
    <message>
        <source>Buscar por nombre u organización…</source>
        <translation>Search by name or organisation…</translation>
    </message>
    <message>
        <source>Todas las personas</source>
        <translation>Everyone</translation>
    </message>
    <message>
        <source>Sin autorización vigente</source>
        <translation>No authorisation in force</translation>
    </message>
    <message>
        <source>Menores de edad</source>
        <translation>Minors</translation>
    </message>
    <message>
        <source>&amp;Mostrar:</source>
        <translation>S&amp;how:</translation>
    </message>
    <message>
        <source>La lista va en orden alfabético por nombre; pulse «Nombre» para invertirlo.</source>
        <translation>The list is in alphabetical order by name; click «Name» to reverse it.</translation>
    </message>
    <message>
        <source>Registrar &amp;autorización…</source>
        <translation>Record &amp;authorisation…</translation>
    </message>
    <message>
        <source>&amp;Corregir datos…</source>
        <translation>&amp;Correct details…</translation>
    </message>
    <message>
        <source>R&amp;eporte…</source>
        <translation>R&amp;eport…</translation>
    </message>
    <message>
        <source>&amp;Suprimir datos…</source>
        <translation>Era&amp;se data…</translation>
    </message>
    <message>
        <source>&amp;Personas</source>
        <translation>&amp;People</translation>
    </message>
    <message>
        <source>S&amp;olicitudes</source>
        <translation>Re&amp;quests</translation>
    </message>
    <message>
        <source>Suprimiendo y borrando del disco…</source>
        <translation>Erasing and deleting from the disk…</translation>
    </message>
    <message>
        <source>Cerrar</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>Buscando…</source>
        <translation>Searching…</translation>
    </message>
    <message>
        <source>al menos {shown} de {total}</source>
        <translation>at least {shown} of {total}</translation>
    </message>
    <message>
        <source>Ninguna persona coincide</source>
        <translation>No one matches</translation>
    </message>
    <message>
        <source>1 persona</source>
        <translation>1 person</translation>
    </message>
    <message>
        <source>{total} personas</source>
        <translation>{total} people</translation>
    </message>
    <message>
        <source>{shown} de {total}</source>
        <translation>{shown} of {total}</translation>
    </message>
    <message>
        <source>No se pudo registrar la autorización</source>
        <translation>Could not record the authorisation</translation>
    </message>
    <message>
        <source>No se pudo corregir</source>
        <translation>Could not correct</translation>
    </message>
    <message>
        <source>Datos personales de {name}</source>
        <translation>Personal data of {name}</translation>
    </message>
    <message>
        <source>Guardar JSON…</source>
        <translation>Save JSON…</translation>
    </message>
    <message>
        <source>No se pudo guardar</source>
        <translation>Could not save</translation>
    </message>
    <message>
        <source>No se pudo guardar el archivo: {error}</source>
        <translation>Could not save the file: {error}</translation>
    </message>
    <message>
        <source>No se pudieron suprimir los datos</source>
        <translation>Could not erase the data</translation>
    </message>
    <message>
        <source>Datos suprimidos</source>
        <translation>Data erased</translation>
    </message>
</context>
<context>
    <name>PersonDetail</name>
    <message>
        <source>Autorizaciones</source>
        <translation>Authorisations</translation>
    </message>
    <message>
        <source>Elija una persona de la lista.</source>
        <translation>Choose a person from the list.</translation>
    </message>
    <message>
        <source>Documento:</source>
        <translation>Document:</translation>
    </message>
    <message>
        <source>Teléfono:</source>
        <translation>Telephone:</translation>
    </message>
    <message>
        <source>Correo:</source>
        <translation>Email:</translation>
    </message>
    <message>
        <source>Organización:</source>
        <translation>Organisation:</translation>
    </message>
    <message>
        <source>Participa en:</source>
        <translation>Takes part in:</translation>
    </message>
    <message>
        <source>Datos suprimidos el {date}.</source>
        <translation>Data erased on {date}.</translation>
    </message>
    <message>
        <source>Menor de edad.</source>
        <translation>Minor.</translation>
    </message>
    <message>
        <source>Autorizaciones ({count})</source>
        <translation>Authorisations ({count})</translation>
    </message>
    <message>
        <source>Autorizaciones: ninguna registrada</source>
        <translation>Authorisations: none recorded</translation>
    </message>
    <message>
        <source>Texto mostrado (versión {version}): {text}</source>
        <translation>Text shown (version {version}): {text}</translation>
    </message>
</context>
<context>
    <name>PersonPicker</name>
    <message>
        <source>Escriba parte del nombre u organización…</source>
        <translation>Type part of the name or organisation…</translation>
    </message>
</context>
<context>
    <name>PersonTableModel</name>
    <message>
        <source>Nombre</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Organización</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Autorización</source>
        <translation>Authorisation</translation>
    </message>
    <message>
        <source>Estado</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Sí</source>
        <translation>Yes</translation>
    </message>
    <message>
        <source>No</source>
        <translation>No</translation>
    </message>
    <message>
        <source>Suprimida</source>
        <translation>Erased</translation>
    </message>
    <message>
        <source>Menor de edad</source>
        <translation>Minor</translation>
    </message>
</context>
<context>
    <name>PhaseDialog</name>
    <message>
        <source>N</source>
        <translation>B</translation>
    </message>
    <message>
        <source>P</source>
        <translation>S</translation>
    </message>
    <message>
        <source>S</source>
        <translation>n</translation>
    </message>
    <message>
        <source>y</source>
        <translation>j</translation>
    </message>
    <message>
        <source>✓ Cumplido: {text}</source>
        <translation>✓ Done: {text}</translation>
    </message>
    <message>
        <source>✗ Falta: {text} {why}</source>
        <translation>✗ Missing: {text} {why}</translation>
    </message>
    <message>
        <source>Cambiar de fase</source>
        <translation>Change phase</translation>
    </message>
    <message>
        <source>La alianza «{name}» está en {phase}. ¿A qué fase del ciclo pasa? El cambio queda registrado con su fecha y su motivo.</source>
        <translation>The alliance «{name}» is in {phase}. Which phase of the cycle does it move on to? The change is recorded with its date and its reason.</translation>
    </message>
    <message>
        <source>{phase} (actual)</source>
        <translation>{phase} (current)</translation>
    </message>
    <message>
        <source>Por ejemplo: los socios firmaron el acuerdo y aprobaron el plan de trabajo.</source>
        <translation>For example: the partners signed the agreement and approved the work plan.</translation>
    </message>
    <message>
        <source>Lista para dejar la fase</source>
        <translation>Checklist for leaving the phase</translation>
    </message>
    <message>
        <source>&amp;Aceptar</source>
        <translation>&amp;OK</translation>
    </message>
    <message>
        <source>&amp;Cancelar</source>
        <translation>&amp;Cancel</translation>
    </message>
    <message>
        <source>&amp;Fecha del cambio:</source>
        <translation>&amp;Date of the change:</translation>
    </message>
    <message>
        <source>&amp;Motivo:</source>
        <translation>&amp;Reason:</translation>
    </message>
    <message>
        <source>Elija la fase a la que pasa la alianza.</source>
        <translation>Choose the phase the alliance moves on to.</translation>
    </message>
    <message>
        <source>Volver a una fase anterior no tiene lista: escriba en el motivo qué hizo volver a la alianza.</source>
        <translation>Going back to an earlier phase has no checklist: write in the reason what made the alliance go back.</translation>
    </message>
    <message>
        <source>Para dejar {phase}, la guía pide:
{items}</source>
        <translation>To leave {phase}, the guide asks for:
{items}</translation>
    </message>
    <message>
        <source>Faltan puntos para dejar la fase</source>
        <translation>Items missing to leave the phase</translation>
    </message>
    <message>
        <source>Para dejar {phase}, la guía pide cosas que aún faltan:

{reasons}

¿Registrar de todos modos que la alianza pasa a {target}?</source>
        <translation>To leave {phase}, the guide asks for things that are still missing:

{reasons}

Record anyway that the alliance moves on to {target}?</translation>
    </message>
</context>
<context>
    <name>PhaseTimeline</name>
    <message>
        <source>{date}: {before} → {after}</source>
        <translation>{date}: {before} → {after}</translation>
    </message>
    <message>
        <source> ({reason})</source>
        <translation> ({reason})</translation>
    </message>
    <message>
        <source>Fase actual: {phase} (paso {step} de {total})</source>
        <translation>Current phase: {phase} (step {step} of {total})</translation>
    </message>
    <message>
        <source>Ciclo de la alianza</source>
        <translation>Cycle of the alliance</translation>
    </message>
    <message>
        <source>Cambios de fase:</source>
        <translation>Phase changes:</translation>
    </message>
    <message>
        <source>{phase}
desde el {date}</source>
        <translation>{phase}
since {date}</translation>
    </message>
</context>
<context>
    <name>PlanActivityModel</name>
    <message>
        <source>Actividad</source>
        <translation>Activity</translation>
    </message>
    <message>
        <source>Responsable</source>
        <translation>Responsible</translation>
    </message>
    <message>
        <source>Inicio</source>
        <translation>Start</translation>
    </message>
    <message>
        <source>Fin</source>
        <translation>End</translation>
    </message>
    <message>
        <source>Estado</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Hito</source>
        <translation>Milestone</translation>
    </message>
</context>
<context>
    <name>PlanTab</name>
    <message>
        <source>La alianza aún no tiene plan de trabajo. Use «Puesta en marcha…» para acordar actividades, intercambio de información, roles y formalización.</source>
        <translation>The alliance has no work plan yet. Use «Start-up…» to agree on activities, information exchange, roles and formalisation.</translation>
    </message>
    <message>
        <source>&amp;Puesta en marcha…</source>
        <translation>&amp;Start-up…</translation>
    </message>
    <message>
        <source>Ver e &amp;imprimir el plan…</source>
        <translation>View and p&amp;rint the plan…</translation>
    </message>
    <message>
        <source>El plan de trabajo en PDF, con el cronograma por meses.</source>
        <translation>The work plan as a PDF, with the month-by-month schedule.</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <source>Preferencias</source>
        <translation>Preferences</translation>
    </message>
    <message>
        <source>Según el sistema</source>
        <translation>Follow the system</translation>
    </message>
    <message>
        <source>Idioma</source>
        <translation>Language</translation>
    </message>
    <message>
        <source>El idioma de las ventanas; la aplicación se reinicia para cambiarlo.</source>
        <translation>The language of the windows; the application restarts to change it.</translation>
    </message>
    <message>
        <source>Al aceptar, la ventana principal se cierra y se abre de nuevo en el idioma elegido.</source>
        <translation>When you accept, the main window closes and opens again in the chosen language.</translation>
    </message>
    <message>
        <source>{percent} %</source>
        <translation>{percent} %</translation>
    </message>
    <message>
        <source>El tamaño de las letras en todas las ventanas; cambia al aceptar.</source>
        <translation>The size of the letters in every window; it changes when you accept.</translation>
    </message>
    <message>
        <source>Claro</source>
        <translation>Light</translation>
    </message>
    <message>
        <source>Oscuro</source>
        <translation>Dark</translation>
    </message>
    <message>
        <source>Colores claros u oscuros; la ventana principal se abre de nuevo con ellos.</source>
        <translation>Light or dark colours; the main window opens again with them.</translation>
    </message>
    <message>
        <source>&amp;Aceptar</source>
        <translation>&amp;OK</translation>
    </message>
    <message>
        <source>&amp;Cancelar</source>
        <translation>&amp;Cancel</translation>
    </message>
    <message>
        <source>&amp;Idioma:</source>
        <translation>&amp;Language:</translation>
    </message>
    <message>
        <source>Tamaño del te&amp;xto:</source>
        <translation>Text si&amp;ze:</translation>
    </message>
    <message>
        <source>&amp;Tema:</source>
        <translation>&amp;Theme:</translation>
    </message>
    <message>
        <source>No se pudo guardar</source>
        <translation>Could not save</translation>
    </message>
    <message>
        <source>No se pudieron guardar las preferencias: {error}</source>
        <translation>Could not save the preferences: {error}</translation>
    </message>
</context>
<context>
    <name>Printing</name>
    <message>
        <source>El documento PDF está dañado y no se puede mostrar.</source>
        <translation>The PDF document is damaged and cannot be shown.</translation>
    </message>
    <message>
        <source>No se pudo iniciar la impresión. Revise la impresora.</source>
        <translation>Printing could not start. Check the printer.</translation>
    </message>
    <message>
        <source>La impresora no aceptó una página nueva.</source>
        <translation>The printer did not accept a new page.</translation>
    </message>
    <message>
        <source>La impresora elegida ya no está disponible, o este equipo no tiene ninguna. Conecte una impresora o elija otra en el diálogo de impresión.</source>
        <translation>The chosen printer is no longer available, or this computer has none. Connect a printer or choose another one in the print dialog.</translation>
    </message>
</context>
<context>
    <name>ProfileDialog</name>
    <message>
        <source>Perfil</source>
        <translation>Profile</translation>
    </message>
    <message>
        <source>Su nombre queda en el historial de cambios de cada alianza: así se sabe quién registró o modificó cada dato desde este computador.</source>
        <translation>Your name is kept in the change history of each alliance: that way it is known who recorded or changed each piece of data from this computer.</translation>
    </message>
    <message>
        <source>Nombre y apellidos</source>
        <translation>First name and surname</translation>
    </message>
    <message>
        <source>Entidad u organización para la que trabaja</source>
        <translation>Body or organisation you work for</translation>
    </message>
    <message>
        <source>nombre@ejemplo.org</source>
        <translation>name@example.org</translation>
    </message>
    <message>
        <source>Celular</source>
        <translation>Mobile</translation>
    </message>
    <message>
        <source>Cédula de ciudadanía</source>
        <translation>Citizenship ID (cédula)</translation>
    </message>
    <message>
        <source>Se propone en cada alianza nueva</source>
        <translation>Suggested for each new alliance</translation>
    </message>
    <message>
        <source>Guardar</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>Cancelar</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>&amp;Nombre:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>&amp;Organización:</source>
        <translation>&amp;Organisation:</translation>
    </message>
    <message>
        <source>&amp;Cédula:</source>
        <translation>&amp;ID (cédula):</translation>
    </message>
    <message>
        <source>&amp;Departamento:</source>
        <translation>&amp;Department:</translation>
    </message>
    <message>
        <source>&amp;Papel para imprimir:</source>
        <translation>&amp;Paper for printing:</translation>
    </message>
    <message>
        <source>Correo &amp;electrónico:</source>
        <translation>&amp;Email:</translation>
    </message>
    <message>
        <source>&amp;Teléfono:</source>
        <translation>&amp;Telephone:</translation>
    </message>
    <message>
        <source>Escriba su nombre: el historial de cambios lo usa.</source>
        <translation>Write your name: the change history uses it.</translation>
    </message>
    <message>
        <source>La cédula lleva solo números (puede escribirla con puntos).</source>
        <translation>The ID number has only digits (you may write it with dots).</translation>
    </message>
    <message>
        <source>El correo electrónico no parece válido.</source>
        <translation>The email address does not look valid.</translation>
    </message>
    <message>
        <source>No se pudo guardar</source>
        <translation>Could not save</translation>
    </message>
    <message>
        <source>No se pudo guardar el perfil: {error}</source>
        <translation>Could not save the profile: {error}</translation>
    </message>
</context>
<context>
    <name>ProyeccionTab</name>
    <message>
        <source>Pr&amp;oyección…</source>
        <translation>Pr&amp;ojection…</translation>
    </message>
    <message>
        <source>Plan de sostenibilidad: {0} acción(es), {1} con compromiso. Réplicas o escalamientos: {2}.</source>
        <translation>Sustainability plan: {0} action(s), {1} with a commitment. Replications or scaling up: {2}.</translation>
    </message>
    <message>
        <source>La proyección lleva la alianza hacia adelante: qué continúa después de los recursos iniciales, dónde replicarla, qué socios llegan o se van y qué beneficios dejó.</source>
        <translation>Projection takes the alliance forward: what continues after the initial resources, where to replicate it, which partners arrive or leave and what benefits it left.</translation>
    </message>
    <message>
        <source>Beneficios observados: {0}</source>
        <translation>Observed benefits: {0}</translation>
    </message>
    <message>
        <source>C&amp;ontinuar la proyección…</source>
        <translation>C&amp;ontinue the projection…</translation>
    </message>
    <message>
        <source>C&amp;orregir la proyección…</source>
        <translation>C&amp;orrect the projection…</translation>
    </message>
    <message>
        <source>Sesión de cierre</source>
        <translation>Closing meeting</translation>
    </message>
    <message>
        <source>La alianza se cierra. ¿Convocar ahora la sesión de cierre (extraordinaria) para dejarlo en un acta?</source>
        <translation>The alliance is closing. Convene the closing meeting (extraordinary) now, to put it in minutes?</translation>
    </message>
    <message>
        <source>Cierre de la alianza: reconocer lo logrado y acordar qué sigue.</source>
        <translation>Closing of the alliance: recognise what was achieved and agree on what comes next.</translation>
    </message>
    <message>
        <source>Proyección</source>
        <translation>Projection</translation>
    </message>
</context>
<context>
    <name>ProyeccionWizard</name>
    <message>
        <source>Proyección — {0}</source>
        <translation>Projection — {0}</translation>
    </message>
    <message>
        <source>Guardar pro&amp;yección</source>
        <translation>Save pro&amp;jection</translation>
    </message>
    <message>
        <source>Salir del asistente</source>
        <translation>Leave the wizard</translation>
    </message>
    <message>
        <source>¿Guardar lo escrito de la proyección para continuar después?</source>
        <translation>Save what has been written of the projection to continue later?</translation>
    </message>
</context>
<context>
    <name>PuestaEnMarcha</name>
    <message>
        <source>{0} (retirado)</source>
        <translation>{0} (withdrawn)</translation>
    </message>
</context>
<context>
    <name>PuestaEnMarchaLauncher</name>
    <message>
        <source>Continuar la &amp;puesta en marcha…</source>
        <translation>Continue the &amp;start-up…</translation>
    </message>
    <message>
        <source>Seguir la puesta en marcha que quedó a medias.</source>
        <translation>Carry on with the start-up that was left half-done.</translation>
    </message>
    <message>
        <source>Corregir el &amp;plan de trabajo…</source>
        <translation>Correct the work &amp;plan…</translation>
    </message>
    <message>
        <source>Puesta en marcha: actividades, información, roles y formalización.</source>
        <translation>Start-up: activities, information, roles and formalisation.</translation>
    </message>
    <message>
        <source>&amp;Puesta en marcha…</source>
        <translation>&amp;Start-up…</translation>
    </message>
    <message>
        <source>Convertir el acuerdo firmado en trabajo: actividades, intercambio de información, roles y formalización.</source>
        <translation>Turn the signed agreement into work: activities, information exchange, roles and formalisation.</translation>
    </message>
    <message>
        <source>La alianza necesita socios para su puesta en marcha.</source>
        <translation>The alliance needs partners for its start-up.</translation>
    </message>
</context>
<context>
    <name>PuestaEnMarchaWizard</name>
    <message>
        <source>Puesta en marcha — {0}</source>
        <translation>Start-up — {0}</translation>
    </message>
    <message>
        <source>Guardar &amp;plan</source>
        <translation>Save &amp;plan</translation>
    </message>
    <message>
        <source>Salir del asistente</source>
        <translation>Leave the wizard</translation>
    </message>
    <message>
        <source>¿Guardar lo escrito del plan de trabajo para continuar después?</source>
        <translation>Save what has been written of the work plan to continue later?</translation>
    </message>
    <message>
        <source>No se puede leer el archivo «{0}»: elíjalo de nuevo.</source>
        <translation>The file «{0}» cannot be read: choose it again.</translation>
    </message>
    <message>
        <source>El plan de trabajo de «{0}» quedó guardado. Imprímalo para compartirlo con los socios.</source>
        <translation>The work plan of «{0}» has been saved. Print it to share it with the partners.</translation>
    </message>
    <message>
        <source>Plan de trabajo</source>
        <translation>Work plan</translation>
    </message>
</context>
<context>
    <name>PuestaSummary</name>
    <message>
        <source>{0} actividades, del {1} al {2}; hitos: {3}.</source>
        <translation>{0} activities, from {1} to {2}; milestones: {3}.</translation>
    </message>
    <message>
        <source>Compromisos que ninguna actividad atiende todavía:</source>
        <translation>Commitments that no activity serves yet:</translation>
    </message>
    <message>
        <source>Intercambio de información</source>
        <translation>Information exchange</translation>
    </message>
</context>
<context>
    <name>PurposePage</name>
    <message>
        <source>3. Propósito común</source>
        <translation>3. Common purpose</translation>
    </message>
    <message>
        <source>Qué quieren lograr juntos, y si ya se dan las condiciones de una alianza.</source>
        <translation>What they want to achieve together, and whether the conditions for an alliance are already in place.</translation>
    </message>
    <message>
        <source>Por ejemplo: mejorar los ingresos de 60 familias productoras de frijol.</source>
        <translation>For example: improve the income of 60 bean-growing families.</translation>
    </message>
    <message>
        <source>Opcional: un objetivo por línea.</source>
        <translation>Optional: one objective per line.</translation>
    </message>
    <message>
        <source>Nota: qué se ve, o qué falta</source>
        <translation>Note: what can be seen, or what is missing</translation>
    </message>
    <message>
        <source>&amp;Propósito común:</source>
        <translation>Common &amp;purpose:</translation>
    </message>
    <message>
        <source>&amp;Objetivos:</source>
        <translation>&amp;Objectives:</translation>
    </message>
    <message>
        <source>¿Se dan las cuatro condiciones de una alianza?</source>
        <translation>Are the four conditions of an alliance in place?</translation>
    </message>
</context>
<context>
    <name>QuestionModel</name>
    <message>
        <source>Dimensión</source>
        <translation>Dimension</translation>
    </message>
    <message>
        <source>Pregunta</source>
        <translation>Question</translation>
    </message>
    <message>
        <source>Respondida</source>
        <translation>Answered</translation>
    </message>
    <message>
        <source>Sí</source>
        <translation>Yes</translation>
    </message>
</context>
<context>
    <name>QuestionsPage</name>
    <message>
        <source>2. Preguntas iniciales</source>
        <translation>2. Initial questions</translation>
    </message>
    <message>
        <source>Para qué sistematizar, qué experiencia (periodo y lugar) y el eje central.</source>
        <translation>What to systematize for, which experience (period and place) and the central axis.</translation>
    </message>
    <message>
        <source>¿Para qué queremos sistematizar esta experiencia?</source>
        <translation>What do we want to systematize this experience for?</translation>
    </message>
    <message>
        <source>dd/mm/aaaa</source>
        <translation>dd/mm/yyyy</translation>
    </message>
    <message>
        <source>El hilo conductor: qué aspecto de la experiencia</source>
        <translation>The common thread: which aspect of the experience</translation>
    </message>
    <message>
        <source>¿&amp;Para qué?</source>
        <translation>What &amp;for?</translation>
    </message>
    <message>
        <source>&amp;Desde:</source>
        <translation>Fro&amp;m:</translation>
    </message>
    <message>
        <source>&amp;Hasta:</source>
        <translation>&amp;To:</translation>
    </message>
    <message>
        <source>&amp;Lugar:</source>
        <translation>&amp;Place:</translation>
    </message>
    <message>
        <source>&amp;Eje central:</source>
        <translation>Central &amp;axis:</translation>
    </message>
</context>
<context>
    <name>RadarChart</name>
    <message>
        <source>Aún no hay evaluaciones.</source>
        <translation>There are no evaluations yet.</translation>
    </message>
</context>
<context>
    <name>RecordHistoryDialog</name>
    <message>
        <source>Historial: {title}</source>
        <translation>History: {title}</translation>
    </message>
    <message>
        <source>Cerrar</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>Seguimiento en las sesiones:</source>
        <translation>Follow-up in the meetings:</translation>
    </message>
    <message>
        <source>Cambios registrados:</source>
        <translation>Recorded changes:</translation>
    </message>
</context>
<context>
    <name>ReflectionPage</name>
    <message>
        <source>3. Reflexión</source>
        <translation>3. Reflection</translation>
    </message>
    <message>
        <source>Qué cambió, qué aprendieron y qué deciden cambiar para adaptarse.</source>
        <translation>What changed, what they learned and what they decide to change to adapt.</translation>
    </message>
    <message>
        <source>Nuevas autoridades, precios, clima, otros actores…</source>
        <translation>New authorities, prices, weather, other actors…</translation>
    </message>
    <message>
        <source>Lo que harían igual, y lo que no</source>
        <translation>What they would do the same, and what not</translation>
    </message>
    <message>
        <source>&amp;Agregar decisión</source>
        <translation>&amp;Add decision</translation>
    </message>
    <message>
        <source>&amp;Quitar</source>
        <translation>Re&amp;move</translation>
    </message>
    <message>
        <source>Qué ca&amp;mbió alrededor:</source>
        <translation>What changed aro&amp;und them:</translation>
    </message>
    <message>
        <source>Qué apr&amp;endieron:</source>
        <translation>What they l&amp;earned:</translation>
    </message>
    <message>
        <source>Decisiones para adaptar</source>
        <translation>Decisions to adapt</translation>
    </message>
    <message>
        <source>Faltan datos en algunas decisiones: revise el marcado.</source>
        <translation>Some decisions are missing information: check the marked ones.</translation>
    </message>
    <message>
        <source>4. Reflexión de fondo</source>
        <translation>4. In-depth reflection</translation>
    </message>
    <message>
        <source>¿Por qué pasó lo que pasó? Una pregunta por cada condición, valor y factor de éxito; al lado, lo que dijeron las evaluaciones y los conflictos.</source>
        <translation>Why did what happened happen? One question for each condition, value and success factor; beside it, what the evaluations and the conflicts said.</translation>
    </message>
    <message>
        <source>Lo que los socios reflexionaron</source>
        <translation>What the partners reflected</translation>
    </message>
    <message>
        <source>La alianza no tiene evaluaciones registradas.</source>
        <translation>The alliance has no recorded evaluations.</translation>
    </message>
    <message>
        <source>&amp;Respuesta:</source>
        <translation>&amp;Answer:</translation>
    </message>
    <message>
        <source>Lo que dijeron las evaluaciones</source>
        <translation>What the evaluations said</translation>
    </message>
    <message>
        <source>Conflictos registrados</source>
        <translation>Recorded conflicts</translation>
    </message>
</context>
<context>
    <name>ReplicationEditor</name>
    <message>
        <source>Municipio, vereda, región…</source>
        <translation>Municipality, vereda, region…</translation>
    </message>
    <message>
        <source>Organizaciones, alcaldías, comunidades…</source>
        <translation>Organisations, mayors&apos; offices, communities…</translation>
    </message>
    <message>
        <source>¿Qué cambia en el nuevo lugar?</source>
        <translation>What changes in the new place?</translation>
    </message>
    <message>
        <source>&amp;Dónde:</source>
        <translation>&amp;Where:</translation>
    </message>
    <message>
        <source>Ti&amp;po:</source>
        <translation>T&amp;ype:</translation>
    </message>
    <message>
        <source>&amp;Con quién:</source>
        <translation>With w&amp;hom:</translation>
    </message>
    <message>
        <source>Qué s&amp;e debe adaptar:</source>
        <translation>What must b&amp;e adapted:</translation>
    </message>
</context>
<context>
    <name>ReplicationListModel</name>
    <message>
        <source>Dónde</source>
        <translation>Where</translation>
    </message>
    <message>
        <source>Tipo</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Con quién</source>
        <translation>With whom</translation>
    </message>
    <message>
        <source>(sin lugar)</source>
        <translation>(no place)</translation>
    </message>
</context>
<context>
    <name>ReplicationPage</name>
    <message>
        <source>2. Réplica o escalamiento</source>
        <translation>2. Replication or scaling up</translation>
    </message>
    <message>
        <source>Dónde podría repetirse o crecer la experiencia (puede quedar vacío).</source>
        <translation>Where the experience could be repeated or grow (it may stay empty).</translation>
    </message>
    <message>
        <source>&amp;Agregar lugar</source>
        <translation>&amp;Add place</translation>
    </message>
    <message>
        <source>&amp;Quitar</source>
        <translation>&amp;Remove</translation>
    </message>
</context>
<context>
    <name>RequestDialog</name>
    <message>
        <source>Registrar solicitud</source>
        <translation>Record request</translation>
    </message>
    <message>
        <source>Qué pidió, por qué medio, a quién…</source>
        <translation>What they asked for, by which means, to whom…</translation>
    </message>
    <message>
        <source>Plazos de respuesta (Ley 1581 de 2012): consultas, 10 días hábiles; reclamos (corrección, supresión, revocatoria), 15 días hábiles.</source>
        <translation>Response times (Law 1581 of 2012): queries, 10 working days; claims (correction, erasure, revocation), 15 working days.</translation>
    </message>
    <message>
        <source>Registrar</source>
        <translation>Record</translation>
    </message>
    <message>
        <source>&amp;Persona:</source>
        <translation>&amp;Person:</translation>
    </message>
    <message>
        <source>Tipo:</source>
        <translation>Type:</translation>
    </message>
    <message>
        <source>Recibida el:</source>
        <translation>Received on:</translation>
    </message>
    <message>
        <source>Notas:</source>
        <translation>Notes:</translation>
    </message>
    <message>
        <source>Indique la fecha en que se recibió la solicitud.</source>
        <translation>Give the date on which the request was received.</translation>
    </message>
    <message>
        <source>Elija la persona que hizo la solicitud.</source>
        <translation>Choose the person who made the request.</translation>
    </message>
</context>
<context>
    <name>RequestTableModel</name>
    <message>
        <source>Persona</source>
        <translation>Person</translation>
    </message>
    <message>
        <source>Tipo</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Recibida</source>
        <translation>Received</translation>
    </message>
    <message>
        <source>Vence</source>
        <translation>Due</translation>
    </message>
    <message>
        <source>Respondida</source>
        <translation>Answered</translation>
    </message>
    <message>
        <source>{date} — vencida</source>
        <translation>{date} — overdue</translation>
    </message>
    <message>
        <source>No</source>
        <translation>No</translation>
    </message>
</context>
<context>
    <name>RequestsTab</name>
    <message>
        <source>&amp;Registrar solicitud…</source>
        <translation>&amp;Record request…</translation>
    </message>
    <message>
        <source>Marcar respon&amp;dida</source>
        <translation>Mark as ans&amp;wered</translation>
    </message>
    <message>
        <source>No hay solicitudes registradas.</source>
        <translation>There are no recorded requests.</translation>
    </message>
    <message>
        <source>{pending} sin responder, {overdue} vencidas</source>
        <translation>{pending} unanswered, {overdue} overdue</translation>
    </message>
    <message>
        <source>Notas: {notes}</source>
        <translation>Notes: {notes}</translation>
    </message>
    <message>
        <source>No se pudo registrar</source>
        <translation>Could not record</translation>
    </message>
    <message>
        <source>No se pudo marcar</source>
        <translation>Could not mark</translation>
    </message>
</context>
<context>
    <name>ResumeDraftDialog</name>
    <message>
        <source>(sin título)</source>
        <translation>(untitled)</translation>
    </message>
    <message>
        <source>Hay una sesión sin terminar: «{title}», guardada el {when}.

¿Continuar donde quedó?</source>
        <translation>There is an unfinished meeting: «{title}», saved on {when}.

Continue where it stopped?</translation>
    </message>
    <message>
        <source>Hay una alianza sin terminar: «{title}», guardada el {when}.

¿Continuar donde quedó?</source>
        <translation>There is an unfinished alliance: «{title}», saved on {when}.

Continue where it stopped?</translation>
    </message>
    <message>
        <source>Sesión sin terminar</source>
        <translation>Unfinished meeting</translation>
    </message>
    <message>
        <source>Alianza sin terminar</source>
        <translation>Unfinished alliance</translation>
    </message>
    <message>
        <source>Continuar</source>
        <translation>Continue</translation>
    </message>
    <message>
        <source>Descartar</source>
        <translation>Discard</translation>
    </message>
    <message>
        <source>Más tarde</source>
        <translation>Later</translation>
    </message>
    <message>
        <source>Descartar borrador</source>
        <translation>Discard draft</translation>
    </message>
    <message>
        <source>Se borrará lo que llevaba escrito de esta alianza. ¿Descartarlo?</source>
        <translation>What had been written for this alliance will be deleted. Discard it?</translation>
    </message>
    <message>
        <source>Hay una alianza sin terminar: «{title}», guardada el {when}.

¿Continuarla, o empezar una nueva? La que está a medias sigue guardada en Archivo ▸ Borradores.</source>
        <translation>There is an unfinished alliance: «{title}», saved on {when}.

Continue it, or start a new one? The half-done one stays saved in File ▸ Drafts.</translation>
    </message>
    <message>
        <source>Hay {count} alianzas sin terminar en total.</source>
        <translation>There are {count} unfinished alliances in all.</translation>
    </message>
    <message>
        <source>Nueva alianza</source>
        <translation>New alliance</translation>
    </message>
    <message>
        <source>&amp;Continuar la guardada</source>
        <translation>&amp;Continue the saved one</translation>
    </message>
    <message>
        <source>Empezar una &amp;nueva</source>
        <translation>Start a &amp;new one</translation>
    </message>
    <message>
        <source>Cancelar</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>RetirePartnerDialog</name>
    <message>
        <source>Retirar un socio de «{name}»</source>
        <translation>Withdraw a partner from «{name}»</translation>
    </message>
    <message>
        <source>El socio deja de ser parte de la alianza, pero nada se borra: queda en la lista como retirado, con la fecha y el motivo. Sus compromisos pendientes quedan cancelados con esa nota; los cumplidos y las versiones firmadas del acuerdo lo conservan. La próxima versión del acuerdo (otrosí) ya no lo incluye.</source>
        <translation>The partner stops being part of the alliance, but nothing is deleted: it stays on the list as withdrawn, with the date and the reason. Its pending commitments are cancelled with that note; the fulfilled ones and the signed versions of the agreement keep it. The next version of the agreement (amendment) no longer includes it.</translation>
    </message>
    <message>
        <source>Por ejemplo: la empresa vendió la planta de acopio y se retira de la zona.</source>
        <translation>For example: the company sold the collection centre and is leaving the area.</translation>
    </message>
    <message>
        <source>&amp;Retirar socio</source>
        <translation>&amp;Withdraw partner</translation>
    </message>
    <message>
        <source>Cancelar</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>&amp;Socio:</source>
        <translation>&amp;Partner:</translation>
    </message>
    <message>
        <source>&amp;Fecha de retiro:</source>
        <translation>Withdrawal &amp;date:</translation>
    </message>
    <message>
        <source>&amp;Motivo:</source>
        <translation>&amp;Reason:</translation>
    </message>
    <message>
        <source>Indique la fecha de retiro.</source>
        <translation>Give the withdrawal date.</translation>
    </message>
    <message>
        <source>Retirar socio</source>
        <translation>Withdraw partner</translation>
    </message>
</context>
<context>
    <name>RetirementEditor</name>
    <message>
        <source>(elija el socio)</source>
        <translation>(choose the partner)</translation>
    </message>
    <message>
        <source>¿Por qué se retira?</source>
        <translation>Why is it withdrawing?</translation>
    </message>
    <message>
        <source>&amp;Socio:</source>
        <translation>&amp;Partner:</translation>
    </message>
    <message>
        <source>Desde e&amp;l:</source>
        <translation>Fro&amp;m:</translation>
    </message>
    <message>
        <source>&amp;Motivo:</source>
        <translation>&amp;Reason:</translation>
    </message>
</context>
<context>
    <name>RetirementListModel</name>
    <message>
        <source>Socio que se retira</source>
        <translation>Partner withdrawing</translation>
    </message>
    <message>
        <source>Desde</source>
        <translation>From</translation>
    </message>
    <message>
        <source>(elija el socio)</source>
        <translation>(choose the partner)</translation>
    </message>
</context>
<context>
    <name>ReviewWizard</name>
    <message>
        <source>Informe de evaluación</source>
        <translation>Evaluation report</translation>
    </message>
    <message>
        <source>Revisión periódica — {0}</source>
        <translation>Periodic review — {0}</translation>
    </message>
    <message>
        <source>&amp;Finalizar revisión</source>
        <translation>&amp;Finish review</translation>
    </message>
    <message>
        <source>La revisión del {date} quedó guardada. Imprima el informe para compartirlo con los socios.</source>
        <translation>The review of {date} has been saved. Print the report to share it with the partners.</translation>
    </message>
    <message>
        <source>sin fecha</source>
        <translation>no date</translation>
    </message>
    <message>
        <source>Revisión del {0} — {1}</source>
        <translation>Review of {0} — {1}</translation>
    </message>
    <message>
        <source>Salir del asistente</source>
        <translation>Leave the wizard</translation>
    </message>
    <message>
        <source>¿Guardar lo escrito de esta revisión para continuar después?</source>
        <translation>Save what has been written of this review to continue later?</translation>
    </message>
</context>
<context>
    <name>RoleEditor</name>
    <message>
        <source>(elija el socio)</source>
        <translation>(choose the partner)</translation>
    </message>
    <message>
        <source>Obligatorio si el rol es «Otro»</source>
        <translation>Required if the role is «Other»</translation>
    </message>
    <message>
        <source>Habla en nombre de la alianza (&amp;vocería)</source>
        <translation>Speaks on behalf of the alliance (&amp;spokesperson)</translation>
    </message>
    <message>
        <source>&amp;Rol:</source>
        <translation>&amp;Role:</translation>
    </message>
    <message>
        <source>&amp;Socio:</source>
        <translation>&amp;Partner:</translation>
    </message>
    <message>
        <source>&amp;Persona:</source>
        <translation>P&amp;erson:</translation>
    </message>
    <message>
        <source>&amp;Detalle del rol:</source>
        <translation>Role &amp;details:</translation>
    </message>
    <message>
        <source>(sin persona)</source>
        <translation>(no person)</translation>
    </message>
</context>
<context>
    <name>RoleListModel</name>
    <message>
        <source>Rol</source>
        <translation>Role</translation>
    </message>
    <message>
        <source>Socio</source>
        <translation>Partner</translation>
    </message>
    <message>
        <source>Persona</source>
        <translation>Person</translation>
    </message>
    <message>
        <source>Vocería</source>
        <translation>Spokesperson</translation>
    </message>
    <message>
        <source>Sí</source>
        <translation>Yes</translation>
    </message>
</context>
<context>
    <name>RolesPage</name>
    <message>
        <source>3. Roles</source>
        <translation>3. Roles</translation>
    </message>
    <message>
        <source>Quiénes forman la instancia de coordinación y quién habla por la alianza.</source>
        <translation>Who makes up the coordination body and who speaks for the alliance.</translation>
    </message>
    <message>
        <source>&amp;Agregar miembro</source>
        <translation>&amp;Add member</translation>
    </message>
</context>
<context>
    <name>RowTableModel</name>
    <message>
        <source>{date} (vencido)</source>
        <translation>{date} (overdue)</translation>
    </message>
</context>
<context>
    <name>ScoreModel</name>
    <message>
        <source>Grupo</source>
        <translation>Group</translation>
    </message>
    <message>
        <source>Dimensión</source>
        <translation>Dimension</translation>
    </message>
    <message>
        <source>Puntaje</source>
        <translation>Score</translation>
    </message>
    <message>
        <source>Anterior</source>
        <translation>Previous</translation>
    </message>
    <message>
        <source>¿Coinciden?</source>
        <translation>Do they match?</translation>
    </message>
    <message>
        <source>No: conversar</source>
        <translation>No: talk it over</translation>
    </message>
</context>
<context>
    <name>ScoresPage</name>
    <message>
        <source>2. Evaluación</source>
        <translation>2. Evaluation</translation>
    </message>
    <message>
        <source>Califiquen de 1 (muy débil) a 5 (muy fuerte): escriba el número en la fila. La columna «Anterior» trae la evaluación del {date}.</source>
        <translation>Score from 1 (very weak) to 5 (very strong): type the number in the row. The «Previous» column brings the evaluation of {date}.</translation>
    </message>
    <message>
        <source>Califiquen de 1 (muy débil) a 5 (muy fuerte): escriba el número en la fila; el cursor baja a la siguiente.</source>
        <translation>Score from 1 (very weak) to 5 (very strong): type the number in the row; the cursor moves down to the next one.</translation>
    </message>
    <message>
        <source>Calificar también &amp;por socio</source>
        <translation>Score by &amp;partner too</translation>
    </message>
    <message>
        <source>Una columna por socio: se marca dónde sus puntajes se alejan dos o más puntos.</source>
        <translation>One column per partner: it marks where their scores differ by two points or more.</translation>
    </message>
    <message>
        <source>Opcional: por qué este puntaje, qué dijeron los socios</source>
        <translation>Optional: why this score, what the partners said</translation>
    </message>
    <message>
        <source>Teclado: ↑ ↓ para cambiar de dimensión, ← → para pasar a la columna de un socio, 1 a 5 para calificar, Supr para borrar, Tab para ir al comentario.</source>
        <translation>Keyboard: ↑ ↓ to change dimension, ← → to move to a partner&apos;s column, 1 to 5 to score, Del to clear, Tab to go to the comment.</translation>
    </message>
    <message>
        <source>&amp;Comentario:</source>
        <translation>&amp;Comment:</translation>
    </message>
    <message>
        <source>Lo que dice la ficha: {words}</source>
        <translation>What the chart says: {words}</translation>
    </message>
</context>
<context>
    <name>SharesTableModel</name>
    <message>
        <source>Socio</source>
        <translation>Partner</translation>
    </message>
    <message>
        <source>Compromisos</source>
        <translation>Commitments</translation>
    </message>
    <message>
        <source>Valor estimado</source>
        <translation>Estimated value</translation>
    </message>
    <message>
        <source>Participación</source>
        <translation>Share</translation>
    </message>
</context>
<context>
    <name>SignActaDialog</name>
    <message>
        <source>Registrar acta firmada</source>
        <translation>Record signed minutes</translation>
    </message>
    <message>
        <source>Registre que el Acta No. {0} impresa fue firmada. Adjunte una foto o un escaneo de las hojas firmadas: queda guardado con la sesión.</source>
        <translation>Record that the printed Minutes No. {0} were signed. Attach a photo or a scan of the signed pages: it is kept with the meeting.</translation>
    </message>
    <message>
        <source>Foto o escaneo del acta firmada</source>
        <translation>Photo or scan of the signed minutes</translation>
    </message>
</context>
<context>
    <name>SignVersionDialog</name>
    <message>
        <source>Registrar firma</source>
        <translation>Record signature</translation>
    </message>
    <message>
        <source>Registre la firma de la versión {number} del acuerdo de compromisos. Adjunte una foto o un escaneo de la hoja firmada: queda guardado con la alianza.</source>
        <translation>Record the signature of version {number} of the commitments agreement. Attach a photo or a scan of the signed page: it is kept with the alliance.</translation>
    </message>
    <message>
        <source>Foto o escaneo del acuerdo firmado</source>
        <translation>Photo or scan of the signed agreement</translation>
    </message>
</context>
<context>
    <name>SignatureCanvas</name>
    <message>
        <source>Espacio para firmar</source>
        <translation>Space to sign</translation>
    </message>
    <message>
        <source>Firme aquí</source>
        <translation>Sign here</translation>
    </message>
</context>
<context>
    <name>SignatureDialog</name>
    <message>
        <source>Firmar el acta No. {0} en pantalla</source>
        <translation>Sign minutes No. {0} on screen</translation>
    </message>
    <message>
        <source>Guardar firma</source>
        <translation>Save signature</translation>
    </message>
    <message>
        <source>Cada persona firma con el mouse, el lápiz o el dedo. Una firma guardada en un acta cerrada ya no se cambia.</source>
        <translation>Each person signs with the mouse, the pen or a finger. A signature saved on closed minutes can no longer be changed.</translation>
    </message>
    <message>
        <source>Cerrar</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>Asistentes:</source>
        <translation>Attendees:</translation>
    </message>
    <message>
        <source>{0} ya firmó.</source>
        <translation>{0} has already signed.</translation>
    </message>
    <message>
        <source>Firma de {0}</source>
        <translation>Signature of {0}</translation>
    </message>
</context>
<context>
    <name>SignaturePad</name>
    <message>
        <source>Borrar</source>
        <translation>Clear</translation>
    </message>
</context>
<context>
    <name>SignedPaperDialog</name>
    <message>
        <source>Ningún archivo elegido</source>
        <translation>No file chosen</translation>
    </message>
    <message>
        <source>Elegir archivo…</source>
        <translation>Choose file…</translation>
    </message>
    <message>
        <source>Registrar</source>
        <translation>Record</translation>
    </message>
    <message>
        <source>Cancelar</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Fecha de la firma:</source>
        <translation>Date of signature:</translation>
    </message>
    <message>
        <source>Foto o escaneo:</source>
        <translation>Photo or scan:</translation>
    </message>
    <message>
        <source>Indique la fecha en que se firmó.</source>
        <translation>Give the date on which it was signed.</translation>
    </message>
    <message>
        <source>Imágenes y PDF (*.jpg *.jpeg *.png *.pdf *.tif *.tiff);;Todos los archivos (*)</source>
        <translation>Images and PDF (*.jpg *.jpeg *.png *.pdf *.tif *.tiff);;All files (*)</translation>
    </message>
    <message>
        <source>No se puede leer ese archivo.</source>
        <translation>That file cannot be read.</translation>
    </message>
    <message>
        <source>El archivo es demasiado grande (máximo {0} MB).</source>
        <translation>The file is too large (at most {0} MB).</translation>
    </message>
</context>
<context>
    <name>SignerModel</name>
    <message>
        <source>Firma</source>
        <translation>Signature</translation>
    </message>
    <message>
        <source>Organización</source>
        <translation>Organisation</translation>
    </message>
</context>
<context>
    <name>StartPage</name>
    <message>
        <source>1. Punto de partida</source>
        <translation>1. Starting point</translation>
    </message>
    <message>
        <source>Quiénes vivieron la experiencia y participan, y con qué registros cuentan.</source>
        <translation>Who lived the experience and takes part, and what records they have.</translation>
    </message>
    <message>
        <source>Socios, familias, técnicos… quienes vivieron la experiencia</source>
        <translation>Partners, families, technicians… those who lived the experience</translation>
    </message>
    <message>
        <source>Actas, fotografías, informes, listas…</source>
        <translation>Minutes, photographs, reports, lists…</translation>
    </message>
    <message>
        <source>Los registros se proponen con lo que guarda la aplicación; la cronología del paso 3 se arma sola con ellos.</source>
        <translation>The records are suggested from what the application keeps; the chronology of step 3 is put together from them by itself.</translation>
    </message>
    <message>
        <source>&amp;Quiénes participan:</source>
        <translation>&amp;Who takes part:</translation>
    </message>
    <message>
        <source>&amp;Registros disponibles:</source>
        <translation>Available &amp;records:</translation>
    </message>
</context>
<context>
    <name>StartupChecks</name>
    <message>
        <source>Abrir base de datos</source>
        <translation>Open database</translation>
    </message>
    <message>
        <source>Base de datos de Alianzas (*.sqlite *.db);;Todos los archivos (*)</source>
        <translation>Alianzas database (*.sqlite *.db);;All files (*)</translation>
    </message>
    <message>
        <source>Revisando la base de datos…</source>
        <translation>Checking the database…</translation>
    </message>
    <message>
        <source>Alianzas</source>
        <translation>Alliances</translation>
    </message>
    <message>
        <source>La carpeta {folder} no existe: revise la ruta de la base de datos. No se creó nada.</source>
        <translation>The folder {folder} does not exist: check the path of the database. Nothing was created.</translation>
    </message>
    <message>
        <source>{path} no es un archivo de base de datos (es una carpeta o un dispositivo). No se modificó nada.</source>
        <translation>{path} is not a database file (it is a folder or a device). Nothing was changed.</translation>
    </message>
    <message>
        <source>No se pudo abrir la base de datos.

{error}</source>
        <translation>Could not open the database.

{error}</translation>
    </message>
    <message>
        <source>{problem}
Archivo: {path} (no se ha modificado).</source>
        <translation>{problem}
File: {path} (it has not been changed).</translation>
    </message>
    <message>
        <source>Versión más reciente</source>
        <translation>Newer version</translation>
    </message>
    <message>
        <source>La revisión de la base de datos encontró:
{problems}</source>
        <translation>The check of the database found:
{problems}</translation>
    </message>
    <message>
        <source>La base de datos está en una memoria USB u otra unidad extraíble ({path}). Si la memoria se desconecta, se pueden perder datos: trabaje en el disco del computador y use la memoria solo para respaldos.</source>
        <translation>The database is on a USB stick or another removable drive ({path}). If the stick is disconnected, data may be lost: work on the computer&apos;s disk and use the stick only for backups.</translation>
    </message>
    <message>
        <source>No se pudo restaurar</source>
        <translation>Could not restore</translation>
    </message>
    <message>
        <source>No se pudo apartar el archivo dañado ni poner el respaldo en su lugar (¿carpeta de solo lectura o disco lleno?). No se modificó nada.

{error}</source>
        <translation>The damaged file could not be set aside nor the backup put in its place (a read-only folder or a full disk?). Nothing was changed.

{error}</translation>
    </message>
    <message>
        <source>Atención</source>
        <translation>Warning</translation>
    </message>
    <message>
        <source>Ocurrió un error inesperado; lo que se estaba guardando no quedó a medias. Si se repite, anote qué estaba haciendo y avise al equipo de soporte.</source>
        <translation>An unexpected error occurred; what was being saved was not left half-done. If it happens again, note down what you were doing and tell the support team.</translation>
    </message>
</context>
<context>
    <name>StatusNoteEditor</name>
    <message>
        <source>Opcional: cómo va, qué falta, por qué cambió</source>
        <translation>Optional: how it is going, what is missing, why it changed</translation>
    </message>
</context>
<context>
    <name>StatusUpdateDialog</name>
    <message>
        <source>Actualizar el estado del compromiso</source>
        <translation>Update the status of the commitment</translation>
    </message>
    <message>
        <source>{partner}: {description}
Estado actual: {status}.</source>
        <translation>{partner}: {description}
Current status: {status}.</translation>
    </message>
    <message>
        <source>Qué se hizo, qué falta o por qué cambia el estado.</source>
        <translation>What was done, what is missing or why the status changes.</translation>
    </message>
    <message>
        <source>A&amp;djuntar foto o documento…</source>
        <translation>A&amp;ttach photo or document…</translation>
    </message>
    <message>
        <source>&amp;Quitar archivo</source>
        <translation>&amp;Remove file</translation>
    </message>
    <message>
        <source>&amp;Guardar</source>
        <translation>&amp;Save</translation>
    </message>
    <message>
        <source>Cancelar</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>&amp;Nuevo estado:</source>
        <translation>&amp;New status:</translation>
    </message>
    <message>
        <source>&amp;Fecha:</source>
        <translation>&amp;Date:</translation>
    </message>
    <message>
        <source>N&amp;ota:</source>
        <translation>N&amp;ote:</translation>
    </message>
    <message>
        <source>&amp;Evidencias:</source>
        <translation>&amp;Evidence:</translation>
    </message>
    <message>
        <source>Adjuntar evidencia</source>
        <translation>Attach evidence</translation>
    </message>
    <message>
        <source>Fotos y documentos (*.jpg *.jpeg *.png *.pdf *.doc *.docx *.xls *.xlsx *.odt *.txt);;Todos los archivos (*)</source>
        <translation>Photos and documents (*.jpg *.jpeg *.png *.pdf *.doc *.docx *.xls *.xlsx *.odt *.txt);;All files (*)</translation>
    </message>
    <message>
        <source>No se pudo leer «{name}»: {reason}</source>
        <translation>Could not read «{name}»: {reason}</translation>
    </message>
</context>
<context>
    <name>StructurePage</name>
    <message>
        <source>5. Estructura</source>
        <translation>5. Structure</translation>
    </message>
    <message>
        <source>Cómo se organiza la alianza y cómo toma sus decisiones.</source>
        <translation>How the alliance is organised and how it takes its decisions.</translation>
    </message>
    <message>
        <source>Convenio de asociación</source>
        <translation>Association agreement</translation>
    </message>
    <message>
        <source>Por ejemplo, un comité con un delegado por socio.</source>
        <translation>For example, a committee with one delegate per partner.</translation>
    </message>
    <message>
        <source>Varias instancias: comité directivo, comité técnico, mesas de trabajo.</source>
        <translation>Several bodies: steering committee, technical committee, working groups.</translation>
    </message>
    <message>
        <source>Por ejemplo: Comité de la alianza</source>
        <translation>For example: Alliance committee</translation>
    </message>
    <message>
        <source>Por ejemplo: un delegado por cada socio</source>
        <translation>For example: one delegate for each partner</translation>
    </message>
    <message>
        <source>Por ejemplo: por consenso; si no lo hay, por mayoría de socios</source>
        <translation>For example: by consensus; failing that, by a majority of partners</translation>
    </message>
    <message>
        <source>Por ejemplo: una vez al mes</source>
        <translation>For example: once a month</translation>
    </message>
    <message>
        <source>Por ejemplo: dos años</source>
        <translation>For example: two years</translation>
    </message>
    <message>
        <source>Tipo de alianza:</source>
        <translation>Type of alliance:</translation>
    </message>
    <message>
        <source>Figura &amp;jurídica:</source>
        <translation>&amp;Legal form:</translation>
    </message>
    <message>
        <source>Organización:</source>
        <translation>Organisation:</translation>
    </message>
    <message>
        <source>Instancia de &amp;coordinación:</source>
        <translation>&amp;Coordination body:</translation>
    </message>
    <message>
        <source>&amp;Quiénes la integran:</source>
        <translation>&amp;Who makes it up:</translation>
    </message>
    <message>
        <source>Cómo se &amp;decide:</source>
        <translation>How it &amp;decides:</translation>
    </message>
    <message>
        <source>Cada cuánto se &amp;reúnen:</source>
        <translation>How &amp;often they meet:</translation>
    </message>
    <message>
        <source>D&amp;uración:</source>
        <translation>D&amp;uration:</translation>
    </message>
</context>
<context>
    <name>SummaryPage</name>
    <message>
        <source>Datos básicos</source>
        <translation>Basic details</translation>
    </message>
    <message>
        <source>Nombre</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Departamento</source>
        <translation>Department</translation>
    </message>
    <message>
        <source>Municipio</source>
        <translation>Municipality</translation>
    </message>
    <message>
        <source>Vereda o corregimiento</source>
        <translation>Vereda or corregimiento</translation>
    </message>
    <message>
        <source>Área de aplicación</source>
        <translation>Area of application</translation>
    </message>
    <message>
        <source>Fecha de inicio</source>
        <translation>Start date</translation>
    </message>
    <message>
        <source>Facilitador(a)</source>
        <translation>Facilitator</translation>
    </message>
    <message>
        <source>Socios</source>
        <translation>Partners</translation>
    </message>
    <message>
        <source>Organización</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Sector</source>
        <translation>Sector</translation>
    </message>
    <message>
        <source>Representante</source>
        <translation>Representative</translation>
    </message>
    <message>
        <source>Influencia</source>
        <translation>Influence</translation>
    </message>
    <message>
        <source>Intereses</source>
        <translation>Interests</translation>
    </message>
    <message>
        <source>Aporte</source>
        <translation>Contribution</translation>
    </message>
    <message>
        <source>Sectores sin socio:</source>
        <translation>Sectors without a partner:</translation>
    </message>
    <message>
        <source>Propósito común</source>
        <translation>Common purpose</translation>
    </message>
    <message>
        <source>Objetivos</source>
        <translation>Objectives</translation>
    </message>
    <message>
        <source>Sí</source>
        <translation>Yes</translation>
    </message>
    <message>
        <source>Todavía no</source>
        <translation>Not yet</translation>
    </message>
    <message>
        <source>Compromisos</source>
        <translation>Commitments</translation>
    </message>
    <message>
        <source>Socio</source>
        <translation>Partner</translation>
    </message>
    <message>
        <source>Compromiso</source>
        <translation>Commitment</translation>
    </message>
    <message>
        <source>Tipo</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Valor</source>
        <translation>Value</translation>
    </message>
    <message>
        <source>Fecha</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Lógica</source>
        <translation>Logic</translation>
    </message>
    <message>
        <source>Participación en los aportes</source>
        <translation>Share of the contributions</translation>
    </message>
    <message>
        <source>«{0}» no tiene compromisos: no sería un socio activo.</source>
        <translation>«{0}» has no commitments: it would not be an active partner.</translation>
    </message>
    <message>
        <source>Estructura</source>
        <translation>Structure</translation>
    </message>
    <message>
        <source>Figura jurídica</source>
        <translation>Legal form</translation>
    </message>
    <message>
        <source>Instancia de coordinación</source>
        <translation>Coordination body</translation>
    </message>
    <message>
        <source>Quiénes la integran</source>
        <translation>Who makes it up</translation>
    </message>
    <message>
        <source>Cómo se decide</source>
        <translation>How it decides</translation>
    </message>
    <message>
        <source>Reuniones</source>
        <translation>Meetings</translation>
    </message>
    <message>
        <source>Duración</source>
        <translation>Duration</translation>
    </message>
    <message>
        <source>6. Resumen</source>
        <translation>6. Summary</translation>
    </message>
    <message>
        <source>Revise todo con los socios antes de fundar la alianza.</source>
        <translation>Review everything with the partners before founding the alliance.</translation>
    </message>
    <message>
        <source>5. Resumen</source>
        <translation>5. Summary</translation>
    </message>
    <message>
        <source>Revise el plan; al guardarlo se prepara el plan de trabajo para imprimir.</source>
        <translation>Review the plan; saving it prepares the work plan for printing.</translation>
    </message>
</context>
<context>
    <name>SustainabilityEditor</name>
    <message>
        <source>¿Qué sigue funcionando cuando se acaben los recursos?</source>
        <translation>What keeps working when the resources run out?</translation>
    </message>
    <message>
        <source>¿Quién lo financia, con qué recursos?</source>
        <translation>Who funds it, with which resources?</translation>
    </message>
    <message>
        <source>(sin responsable)</source>
        <translation>(no one responsible)</translation>
    </message>
    <message>
        <source>Qué &amp;continúa:</source>
        <translation>What &amp;continues:</translation>
    </message>
    <message>
        <source>Quién lo &amp;financia:</source>
        <translation>Who &amp;funds it:</translation>
    </message>
    <message>
        <source>&amp;Dónde se inscribe:</source>
        <translation>&amp;Where it is anchored:</translation>
    </message>
    <message>
        <source>Socio &amp;responsable:</source>
        <translation>Responsible &amp;partner:</translation>
    </message>
    <message>
        <source>Fec&amp;ha:</source>
        <translation>Dat&amp;e:</translation>
    </message>
    <message>
        <source>Tipo de a&amp;porte:</source>
        <translation>Type of con&amp;tribution:</translation>
    </message>
    <message>
        <source>&amp;Lógica:</source>
        <translation>&amp;Logic:</translation>
    </message>
    <message>
        <source>Con fecha y socio responsable, queda como compromiso de ese socio.</source>
        <translation>With a date and a responsible partner, it becomes a commitment of that partner.</translation>
    </message>
    <message>
        <source>Con fecha y socio responsable se vuelve un compromiso.</source>
        <translation>With a date and a responsible partner it becomes a commitment.</translation>
    </message>
</context>
<context>
    <name>SustainabilityListModel</name>
    <message>
        <source>Qué continúa</source>
        <translation>What continues</translation>
    </message>
    <message>
        <source>Dónde se inscribe</source>
        <translation>Where it is anchored</translation>
    </message>
    <message>
        <source>Responsable</source>
        <translation>Responsible</translation>
    </message>
    <message>
        <source>Fecha</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Compromiso</source>
        <translation>Commitment</translation>
    </message>
    <message>
        <source>(sin describir)</source>
        <translation>(not described)</translation>
    </message>
    <message>
        <source>Sí</source>
        <translation>Yes</translation>
    </message>
</context>
<context>
    <name>SustainabilityPage</name>
    <message>
        <source>1. Sostenibilidad</source>
        <translation>1. Sustainability</translation>
    </message>
    <message>
        <source>Lo que continúa después de los recursos iniciales, y quién responde por ello.</source>
        <translation>What continues after the initial resources, and who is responsible for it.</translation>
    </message>
    <message>
        <source>&amp;Agregar acción</source>
        <translation>&amp;Add action</translation>
    </message>
    <message>
        <source>&amp;Quitar</source>
        <translation>&amp;Remove</translation>
    </message>
</context>
<context>
    <name>SyncConflictModel</name>
    <message>
        <source>Registro</source>
        <translation>Record</translation>
    </message>
    <message>
        <source>Campos</source>
        <translation>Fields</translation>
    </message>
    <message>
        <source>Del equipo de</source>
        <translation>From the computer of</translation>
    </message>
    <message>
        <source>Recibido</source>
        <translation>Received</translation>
    </message>
</context>
<context>
    <name>SyncConflictsDialog</name>
    <message>
        <source>Lo conserva, con los cambios hechos allá</source>
        <translation>Keeps it, with the changes made there</translation>
    </message>
    <message>
        <source>Lo conserva, con los cambios hechos aquí</source>
        <translation>Keeps it, with the changes made here</translation>
    </message>
    <message>
        <source>Lo eliminó</source>
        <translation>Deleted it</translation>
    </message>
    <message>
        <source>Lo eliminó el {date}</source>
        <translation>Deleted it on {date}</translation>
    </message>
    <message>
        <source>Archivo adjunto ({code})</source>
        <translation>Attached file ({code})</translation>
    </message>
    <message>
        <source>Conflictos de sincronización</source>
        <translation>Synchronisation conflicts</translation>
    </message>
    <message>
        <source>Estos registros cambiaron en este equipo y en otro desde el último intercambio. Cada equipo conserva su valor hasta que usted elija, campo por campo, cuál queda. Un registro eliminado en un equipo y cambiado en el otro se conserva o se elimina entero. La elección viaja al otro equipo con el próximo paquete.</source>
        <translation>These records changed on this computer and on another one since the last exchange. Each computer keeps its value until you choose, field by field, which one stays. A record deleted on one computer and changed on the other is kept or deleted whole. The choice travels to the other computer with the next package.</translation>
    </message>
    <message>
        <source>No hay conflictos esperando una decisión.</source>
        <translation>There are no conflicts waiting for a decision.</translation>
    </message>
    <message>
        <source>Todo de &amp;este equipo</source>
        <translation>Everything from &amp;this computer</translation>
    </message>
    <message>
        <source>Todo del &amp;otro equipo</source>
        <translation>Everything from the &amp;other computer</translation>
    </message>
    <message>
        <source>&amp;Aplicar elección</source>
        <translation>&amp;Apply choice</translation>
    </message>
    <message>
        <source>Cerrar</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>{record}: se eliminó en un equipo y se cambió en el otro. Elija si se conserva o se elimina (con lo que depende de él).</source>
        <translation>{record}: it was deleted on one computer and changed on the other. Choose whether it is kept or deleted (with what depends on it).</translation>
    </message>
    <message>
        <source>{record}: elija qué valor queda en cada campo.</source>
        <translation>{record}: choose which value stays in each field.</translation>
    </message>
    <message>
        <source>Elija un valor en cada campo marcado.</source>
        <translation>Choose a value in each marked field.</translation>
    </message>
    <message>
        <source>Con&amp;flictos de sincronización…</source>
        <translation>Synchronisation con&amp;flicts…</translation>
    </message>
    <message>
        <source>Registros cambiados en dos equipos: elegir, campo por campo, qué valor queda</source>
        <translation>Records changed on two computers: choose, field by field, which value stays</translation>
    </message>
</context>
<context>
    <name>SystematizationTab</name>
    <message>
        <source>Sistemati&amp;zar…</source>
        <translation>Systemati&amp;ze…</translation>
    </message>
    <message>
        <source>Recuperar el proceso vivido y escribir las lecciones aprendidas.</source>
        <translation>Recover the process lived and write down the lessons learned.</translation>
    </message>
    <message>
        <source>Ver &amp;informe de sistematización…</source>
        <translation>View systematization &amp;report…</translation>
    </message>
    <message>
        <source>Ficha &amp;de la alianza…</source>
        <translation>Alliance fact sh&amp;eet…</translation>
    </message>
    <message>
        <source>Una página para entregar: quién, qué, dónde.</source>
        <translation>One page to hand out: who, what, where.</translation>
    </message>
    <message>
        <source>Lecciones aprendidas de esta alianza:</source>
        <translation>Lessons learned from this alliance:</translation>
    </message>
    <message>
        <source>La experiencia ya se sistematizó; puede volver a abrirla para completarla.</source>
        <translation>The experience has already been systematized; you can open it again to complete it.</translation>
    </message>
    <message>
        <source>La sistematización permite rescatar y documentar los principales aprendizajes del trabajo en alianza.</source>
        <translation>Systematization makes it possible to recover and document the main lessons of working in alliance.</translation>
    </message>
    <message>
        <source>Sistematización</source>
        <translation>Systematization</translation>
    </message>
    <message>
        <source>Informe de sistematización</source>
        <translation>Systematization report</translation>
    </message>
    <message>
        <source>Ficha de la alianza</source>
        <translation>Alliance fact sheet</translation>
    </message>
</context>
<context>
    <name>SystematizationWizard</name>
    <message>
        <source>Informe de sistematización</source>
        <translation>Systematization report</translation>
    </message>
    <message>
        <source>Ficha de la alianza</source>
        <translation>Alliance fact sheet</translation>
    </message>
    <message>
        <source>Sistematización de la experiencia — {0}</source>
        <translation>Systematization of the experience — {0}</translation>
    </message>
    <message>
        <source>&amp;Finalizar sistematización</source>
        <translation>&amp;Finish systematization</translation>
    </message>
    <message>
        <source>La sistematización quedó guardada con {count} lecciones. Imprima el informe para compartirlo.</source>
        <translation>The systematization has been saved with {count} lessons. Print the report to share it.</translation>
    </message>
    <message>
        <source>Sistematización — {0}</source>
        <translation>Systematization — {0}</translation>
    </message>
    <message>
        <source>Salir del asistente</source>
        <translation>Leave the wizard</translation>
    </message>
    <message>
        <source>¿Guardar lo escrito de esta sistematización para continuar después?</source>
        <translation>Save what has been written of this systematization to continue later?</translation>
    </message>
</context>
<context>
    <name>TrendChart</name>
    <message>
        <source>La evolución se ve desde la segunda evaluación.</source>
        <translation>The trend shows from the second evaluation on.</translation>
    </message>
</context>
<context>
    <name>UpcomingMeetingsModel</name>
    <message>
        <source>Fecha</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Alianza</source>
        <translation>Alliance</translation>
    </message>
    <message>
        <source>Lugar</source>
        <translation>Place</translation>
    </message>
    <message>
        <source>Estado</source>
        <translation>Status</translation>
    </message>
</context>
<context>
    <name>VerifyDialog</name>
    <message>
        <source>Verificar documento</source>
        <translation>Verify document</translation>
    </message>
    <message>
        <source>K7M2-Q9XD-4TPA</source>
        <translation>K7M2-Q9XD-4TPA</translation>
    </message>
    <message>
        <source>&amp;Código:</source>
        <translation>&amp;Code:</translation>
    </message>
    <message>
        <source>&amp;Verificar</source>
        <translation>&amp;Verify</translation>
    </message>
    <message>
        <source>Ver el &amp;documento</source>
        <translation>See the &amp;document</translation>
    </message>
    <message>
        <source>Cerrar</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>Escriba el código que aparece en el documento.</source>
        <translation>Type the code that appears on the document.</translation>
    </message>
    <message>
        <source>Firma válida del equipo de clave {key}.</source>
        <translation>Valid signature from the computer with key {key}.</translation>
    </message>
    <message>
        <source>✔ Firma válida: el documento con el código {code} fue emitido en el equipo de clave {key} y no ha cambiado. Esta base de datos no lo tiene, así que no se puede mostrar: compare el papel con quien lo emitió.</source>
        <translation>✔ Valid signature: the document with the code {code} was issued on the computer with key {key} and has not changed. This database does not hold it, so it cannot be shown: compare the paper with whoever issued it.</translation>
    </message>
    <message>
        <source>✘ La firma no corresponde: el código o el texto del QR fueron alterados, o el documento no es auténtico.</source>
        <translation>✘ The signature does not match: the code or the QR text were altered, or the document is not authentic.</translation>
    </message>
    <message>
        <source>✘ La firma es de un equipo que este computador no conoce (clave {key}). Importe un paquete de ese equipo, o verifique con la base de datos que tiene el documento.</source>
        <translation>✘ The signature is from a computer this one does not know (key {key}). Import a package from that computer, or verify with the database that holds the document.</translation>
    </message>
    <message>
        <source>✘ Ningún documento de esta base de datos tiene el código {code}. Revise que lo haya escrito bien; un documento de otra base de datos, o uno alterado, no aparece.</source>
        <translation>✘ No document in this database has the code {code}. Check that you typed it correctly; a document from another database, or an altered one, does not appear.</translation>
    </message>
    <message>
        <source>✘ El código {code} es de:
{document}
Pero el contenido no corresponde al código: documento alterado. Confíe en el papel firmado, no en este registro.</source>
        <translation>✘ The code {code} belongs to:
{document}
But the content does not match the code: altered document. Trust the signed paper, not this record.</translation>
    </message>
    <message>
        <source>Escriba el código de verificación impreso al pie de cada página del documento (por ejemplo K7M2-Q9XD-4TPA), o pegue el texto que muestra el teléfono al leer su código QR: trae la firma del equipo que lo emitió, que se comprueba aunque esta base de datos no tenga el documento.</source>
        <translation>Type the verification code printed at the foot of each page of the document (for example K7M2-Q9XD-4TPA), or paste the text the phone shows when it reads its QR code: it carries the signature of the computer that issued it, which is checked even if this database does not hold the document.</translation>
    </message>
    <message>
        <source>✔ El código {code} corresponde a:
{document}</source>
        <translation>✔ The code {code} belongs to:
{document}</translation>
    </message>
</context>
<context>
    <name>VersionTableModel</name>
    <message>
        <source>Versión</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>Estado</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Código de verificación</source>
        <translation>Verification code</translation>
    </message>
    <message>
        <source>Emitido</source>
        <translation>Issued</translation>
    </message>
    <message>
        <source>Firmado</source>
        <translation>Signed</translation>
    </message>
    <message>
        <source>(con escaneo)</source>
        <translation>(with scan)</translation>
    </message>
</context>
<context>
    <name>cli</name>
    <message>
        <source>Indique la alianza con --alliance (vea «alianzas list alliances»).</source>
        <translation>Give the alliance with --alliance (see “alianzas list alliances”).</translation>
    </message>
    <message>
        <source>Indique la sesión con --meeting (vea «alianzas list meetings»).</source>
        <translation>Give the meeting with --meeting (see “alianzas list meetings”).</translation>
    </message>
    <message>
        <source>No existe la base de datos: {target}</source>
        <translation>There is no database: {target}</translation>
    </message>
    <message>
        <source>Base de datos de demostración creada con {count} alianzas.</source>
        <translation>Demonstration database created with {count} alliances.</translation>
    </message>
    <message>
        <source>Esta alianza no tiene sesiones.</source>
        <translation>This alliance has no meetings.</translation>
    </message>
    <message>
        <source>Acta No. {number}</source>
        <translation>Minutes No. {number}</translation>
    </message>
    <message>
        <source>Los datos ya estaban suprimidos; se revisaron otra vez los respaldos.</source>
        <translation>The data were already erased; the backups were checked again.</translation>
    </message>
    <message>
        <source>Datos personales suprimidos.</source>
        <translation>Personal data erased.</translation>
    </message>
    <message>
        <source>Se conservan, por ser documento firmado o emitido: {document}.</source>
        <translation>Kept, being a signed or issued document: {document}.</translation>
    </message>
    <message>
        <source>Menciones reemplazadas en textos: {count}.</source>
        <translation>Mentions replaced in texts: {count}.</translation>
    </message>
    <message>
        <source>Respaldos automáticos limpiados: {count}.</source>
        <translation>Automatic backups cleaned: {count}.</translation>
    </message>
    <message>
        <source>No se pudo limpiar el respaldo {backup}.</source>
        <translation>Could not clean the backup {backup}.</translation>
    </message>
    <message>
        <source>Indique el archivo del reporte con -o.</source>
        <translation>Give the report file with -o.</translation>
    </message>
    <message>
        <source>Reporte de datos personales guardado en {path}.</source>
        <translation>Personal data report saved to {path}.</translation>
    </message>
    <message>
        <source>Indique la ruta de un archivo, no una dirección: {text}. No se escribió nada.</source>
        <translation>Give a file path, not an address: {text}. Nothing was written.</translation>
    </message>
    <message>
        <source>Acta No. {number} guardada en {path}.</source>
        <translation>Minutes No. {number} saved to {path}.</translation>
    </message>
    <message>
        <source>Planilla de asistencia guardada en {path}.</source>
        <translation>Attendance sheet saved to {path}.</translation>
    </message>
    <message>
        <source>Acuerdo de compromisos, versión {number}, guardado en {path}.</source>
        <translation>Agreement of commitments, version {number}, saved to {path}.</translation>
    </message>
    <message>
        <source>Acuerdo de compromisos, versión {number}</source>
        <translation>Agreement of commitments, version {number}</translation>
    </message>
    <message>
        <source>Planilla de asistencia</source>
        <translation>Attendance sheet</translation>
    </message>
    <message>
        <source>Este equipo no tiene el sistema de impresión CUPS: use «alianzas export» y imprima el PDF, o imprima desde la ventana de la aplicación.</source>
        <translation>This computer does not have the CUPS printing system: use “alianzas export” and print the PDF, or print from the application&apos;s window.</translation>
    </message>
    <message>
        <source>Este equipo no tiene el sistema de impresión CUPS.</source>
        <translation>This computer does not have the CUPS printing system.</translation>
    </message>
    <message>
        <source>No hay impresoras instaladas en este equipo.</source>
        <translation>There are no printers installed on this computer.</translation>
    </message>
    <message>
        <source>predeterminada</source>
        <translation>default</translation>
    </message>
    <message>
        <source>Esta orden solo funciona con archivos SQLite.</source>
        <translation>This command only works with SQLite files.</translation>
    </message>
    <message>
        <source>no es un archivo de base de datos</source>
        <translation>is not a database file</translation>
    </message>
    <message>
        <source>{path} {what}.</source>
        <translation>{path} {what}.</translation>
    </message>
    <message>
        <source>Respaldo guardado en {path}.</source>
        <translation>Backup saved to {path}.</translation>
    </message>
    <message>
        <source>No existe el respaldo: {path}</source>
        <translation>There is no backup: {path}</translation>
    </message>
    <message>
        <source>no es un archivo de respaldo</source>
        <translation>is not a backup file</translation>
    </message>
    <message>
        <source>El respaldo es anterior a {count} documento(s) emitido(s) después, que volverían a borrador. Para restaurarlo de todos modos, repita la orden con --force-older; no se restauró nada.</source>
        <translation>The backup is older than {count} document(s) issued after it, which would go back to draft. To restore it anyway, repeat the command with --force-older; nothing was restored.</translation>
    </message>
    <message>
        <source>La base de datos anterior quedó guardada en {path}.</source>
        <translation>The previous database was saved to {path}.</translation>
    </message>
    <message>
        <source>Respaldo restaurado.</source>
        <translation>Backup restored.</translation>
    </message>
    <message>
        <source>La base de datos tiene {count} problema(s) de documentos emitidos; se listan arriba.</source>
        <translation>The database has {count} problem(s) with issued documents; they are listed above.</translation>
    </message>
    <message>
        <source>interrumpido.</source>
        <translation>interrupted.</translation>
    </message>
    <message>
        <source>error inesperado; no se modificó nada. El detalle quedó en el registro {log} de la carpeta de datos.</source>
        <translation>unexpected error; nothing was changed. The details are in the log {log} in the data folder.</translation>
    </message>
    <message>
        <source>El archivo de la contraseña no es un archivo de texto corto: {path}</source>
        <translation>The password file is not a short text file: {path}</translation>
    </message>
    <message>
        <source>No se pudo leer el archivo de la contraseña: {path}</source>
        <translation>Could not read the password file: {path}</translation>
    </message>
    <message>
        <source>El archivo de la contraseña está vacío: {path}</source>
        <translation>The password file is empty: {path}</translation>
    </message>
    <message>
        <source>no es un archivo: indique un archivo nuevo o uno existente</source>
        <translation>is not a file: give a new file or an existing one</translation>
    </message>
    <message>
        <source>No existe la carpeta {folder}: indique una carpeta que exista. No se escribió nada.</source>
        <translation>There is no folder {folder}: give a folder that exists. Nothing was written.</translation>
    </message>
    <message>
        <source>Paquete cifrado para la clave {key} guardado en {path}: {alliances} alianza(s), {records} registros y {attachments} archivo(s) adjunto(s).</source>
        <translation>Bundle encrypted for the key {key} saved to {path}: {alliances} alliance(s), {records} records and {attachments} attached file(s).</translation>
    </message>
    <message>
        <source>Paquete cifrado guardado en {path}: {alliances} alianza(s), {records} registros y {attachments} archivo(s) adjunto(s).</source>
        <translation>Encrypted bundle saved to {path}: {alliances} alliance(s), {records} records and {attachments} attached file(s).</translation>
    </message>
    <message>
        <source>Paquete guardado en {path}: {alliances} alianza(s), {records} registros y {attachments} archivo(s) adjunto(s).</source>
        <translation>Bundle saved to {path}: {alliances} alliance(s), {records} records and {attachments} attached file(s).</translation>
    </message>
    <message>
        <source>Paquete de {who} (equipo {device}), creado el {when}.</source>
        <translation>Bundle from {who} (computer {device}), created on {when}.</translation>
    </message>
    <message>
        <source>Paquete de sin nombre de facilitador (equipo {device}), creado el {when}.</source>
        <translation>Bundle without a facilitator&apos;s name (computer {device}), created on {when}.</translation>
    </message>
    <message>
        <source>Simulación: no se aplicó nada.</source>
        <translation>Dry run: nothing was applied.</translation>
    </message>
    <message>
        <source>Agregados: {added}. Actualizados: {updated}. En conflicto: {conflicts}.</source>
        <translation>Added: {added}. Updated: {updated}. In conflict: {conflicts}.</translation>
    </message>
    <message>
        <source>Eliminados (los eliminó el otro equipo): {count}.</source>
        <translation>Deleted (the other computer deleted them): {count}.</translation>
    </message>
    <message>
        <source>Eliminaciones rechazadas (documentos emitidos o cerrados, no se borran): {count}.</source>
        <translation>Deletions refused (issued or closed documents are not deleted): {count}.</translation>
    </message>
    <message>
        <source>En espera (pertenecen a registros eliminados aquí): {count}.</source>
        <translation>Waiting (they belong to records deleted here): {count}.</translation>
    </message>
    <message>
        <source>Documentos congelados distintos con el mismo identificador (no se tocaron): {count}.</source>
        <translation>Different frozen documents with the same identifier (left untouched): {count}.</translation>
    </message>
    <message>
        <source>Personas suprimidas en el otro equipo y aquí: {count}.</source>
        <translation>People erased on the other computer and here: {count}.</translation>
    </message>
    <message>
        <source>Datos de personas suprimidas aquí que no se recibieron: {count}.</source>
        <translation>Data of people erased here that were not taken in: {count}.</translation>
    </message>
    <message>
        <source>Los conflictos esperan que alguien elija, campo por campo, qué valor queda.</source>
        <translation>The conflicts wait for someone to choose, field by field, which value stays.</translation>
    </message>
    <message>
        <source>No había nada nuevo: no se cambió nada.</source>
        <translation>There was nothing new: nothing was changed.</translation>
    </message>
    <message>
        <source>Respaldo previo: {path}.</source>
        <translation>Backup made first: {path}.</translation>
    </message>
    <message>
        <source>Paquete {bundle} (formato {format}, Alianzas {version})</source>
        <translation>Bundle {bundle} (format {format}, Alianzas {version})</translation>
    </message>
    <message>
        <source>Exportado por {who}, equipo {device}, el {when}.</source>
        <translation>Exported by {who}, computer {device}, on {when}.</translation>
    </message>
    <message>
        <source>Exportado por sin nombre de facilitador, equipo {device}, el {when}.</source>
        <translation>Exported without a facilitator&apos;s name, computer {device}, on {when}.</translation>
    </message>
    <message>
        <source>Alianzas: todas.</source>
        <translation>Alliances: all.</translation>
    </message>
    <message>
        <source>Alianzas elegidas: {count}.</source>
        <translation>Alliances chosen: {count}.</translation>
    </message>
    <message>
        <source>Archivos adjuntos: {count}</source>
        <translation>Attached files: {count}</translation>
    </message>
    <message>
        <source>Clave pública de este equipo ({key}) guardada en {path}.</source>
        <translation>This computer&apos;s public key ({key}) saved to {path}.</translation>
    </message>
    <message>
        <source>Clave de la oficina ({key}) instalada: los paquetes pueden cifrarse para ella.</source>
        <translation>The office&apos;s key ({key}) installed: bundles can be encrypted for it.</translation>
    </message>
    <message>
        <source>La cronología está vacía.</source>
        <translation>The chronology is empty.</translation>
    </message>
    <message>
        <source>No hay compromisos que mostrar.</source>
        <translation>There are no commitments to show.</translation>
    </message>
    <message>
        <source>No hay lecciones que coincidan.</source>
        <translation>No lessons match.</translation>
    </message>
    <message>
        <source>No hay evaluaciones registradas.</source>
        <translation>No evaluations are recorded.</translation>
    </message>
    <message>
        <source>No hay conflictos registrados.</source>
        <translation>No conflicts are recorded.</translation>
    </message>
    <message>
        <source>El tablero se exporta a un archivo .xlsx o .csv.</source>
        <translation>The dashboard is exported to an .xlsx or .csv file.</translation>
    </message>
    <message>
        <source>Tablero del programa guardado en {path}.</source>
        <translation>Programme dashboard saved to {path}.</translation>
    </message>
    <message>
        <source>Indique la evaluación con --evaluation (vea «alianzas list evaluations»).</source>
        <translation>Give the evaluation with --evaluation (see “alianzas list evaluations”).</translation>
    </message>
    <message>
        <source>Informe de evaluación guardado en {path}.</source>
        <translation>Evaluation report saved to {path}.</translation>
    </message>
    <message>
        <source>Informe de sistematización guardado en {path}.</source>
        <translation>Systematization report saved to {path}.</translation>
    </message>
    <message>
        <source>Ficha de la alianza guardada en {path}.</source>
        <translation>Alliance profile saved to {path}.</translation>
    </message>
    <message>
        <source>Plan de trabajo guardado en {path}.</source>
        <translation>Work plan saved to {path}.</translation>
    </message>
</context>
<context>
    <name>errores</name>
    <message>
        <source>Agregue al menos un miembro de la instancia de coordinación.</source>
        <translation>Add at least one member of the coordination body.</translation>
    </message>
    <message>
        <source>Agregue al menos un punto al orden del día.</source>
        <translation>Add at least one item to the agenda.</translation>
    </message>
    <message>
        <source>Agregue al menos una acción que continúe después de los recursos iniciales.</source>
        <translation>Add at least one action that continues after the initial resources.</translation>
    </message>
    <message>
        <source>Agregue al menos una actividad al plan de trabajo.</source>
        <translation>Add at least one activity to the work plan.</translation>
    </message>
    <message>
        <source>Agregue al menos una forma de intercambiar información.</source>
        <translation>Add at least one way of exchanging information.</translation>
    </message>
    <message>
        <source>Beneficio desconocido.</source>
        <translation>Unknown benefit.</translation>
    </message>
    <message>
        <source>Cada socio califica de 1 a 5.</source>
        <translation>Each partner scores from 1 to 5.</translation>
    </message>
    <message>
        <source>Califique de 1 a 5.</source>
        <translation>Score from 1 to 5.</translation>
    </message>
    <message>
        <source>Con fecha, elija el socio responsable: así queda como su compromiso.</source>
        <translation>With a date, choose the responsible partner: it then becomes their commitment.</translation>
    </message>
    <message>
        <source>Con socio responsable, escriba la fecha: así queda como su compromiso.</source>
        <translation>With a responsible partner, write the date: it then becomes their commitment.</translation>
    </message>
    <message>
        <source>Demasiadas lecciones: máximo {count}.</source>
        <translation>Too many lessons: at most {count}.</translation>
    </message>
    <message>
        <source>Demasiadas notas en la cronología: máximo {count}.</source>
        <translation>Too many notes in the chronology: at most {count}.</translation>
    </message>
    <message>
        <source>Demasiados cambios de socios para una sola vez.</source>
        <translation>Too many partner changes at once.</translation>
    </message>
    <message>
        <source>Demasiados compromisos para una actividad.</source>
        <translation>Too many commitments for one activity.</translation>
    </message>
    <message>
        <source>Dimensión desconocida.</source>
        <translation>Unknown dimension.</translation>
    </message>
    <message>
        <source>El correo electrónico no es válido.</source>
        <translation>The email address is not valid.</translation>
    </message>
    <message>
        <source>El nombre del archivo es demasiado largo.</source>
        <translation>The file name is too long.</translation>
    </message>
    <message>
        <source>El periodo termina antes de empezar.</source>
        <translation>The period ends before it starts.</translation>
    </message>
    <message>
        <source>El plan admite hasta {count} acciones.</source>
        <translation>The plan allows up to {count} actions.</translation>
    </message>
    <message>
        <source>El plan admite hasta {count} actividades.</source>
        <translation>The plan allows up to {count} activities.</translation>
    </message>
    <message>
        <source>El texto es demasiado largo: máximo {limit} caracteres.</source>
        <translation>The text is too long: at most {limit} characters.</translation>
    </message>
    <message>
        <source>El valor estimado no es razonable.</source>
        <translation>The estimated value is not reasonable.</translation>
    </message>
    <message>
        <source>Elija a la persona responsable entre los asistentes.</source>
        <translation>Choose the responsible person among the attendees.</translation>
    </message>
    <message>
        <source>Elija a una persona que asistió a la sesión.</source>
        <translation>Choose a person who attended the meeting.</translation>
    </message>
    <message>
        <source>Elija cómo se está manejando.</source>
        <translation>Choose how it is being handled.</translation>
    </message>
    <message>
        <source>Elija dónde se inscribe.</source>
        <translation>Choose where it fits in.</translation>
    </message>
    <message>
        <source>Elija el canal.</source>
        <translation>Choose the channel.</translation>
    </message>
    <message>
        <source>Elija el estado de la actividad.</source>
        <translation>Choose the status of the activity.</translation>
    </message>
    <message>
        <source>Elija el estado del conflicto.</source>
        <translation>Choose the status of the conflict.</translation>
    </message>
    <message>
        <source>Elija el estado.</source>
        <translation>Choose the status.</translation>
    </message>
    <message>
        <source>Elija el nivel de influencia.</source>
        <translation>Choose the level of influence.</translation>
    </message>
    <message>
        <source>Elija el nivel del conflicto.</source>
        <translation>Choose the level of the conflict.</translation>
    </message>
    <message>
        <source>Elija el punto del orden del día.</source>
        <translation>Choose the agenda item.</translation>
    </message>
    <message>
        <source>Elija el rol.</source>
        <translation>Choose the role.</translation>
    </message>
    <message>
        <source>Elija el sector de la organización.</source>
        <translation>Choose the organization&apos;s sector.</translation>
    </message>
    <message>
        <source>Elija el sector.</source>
        <translation>Choose the sector.</translation>
    </message>
    <message>
        <source>Elija el socio al que representa.</source>
        <translation>Choose the partner they represent.</translation>
    </message>
    <message>
        <source>Elija el socio que se retira.</source>
        <translation>Choose the partner who withdraws.</translation>
    </message>
    <message>
        <source>Elija el socio responsable.</source>
        <translation>Choose the responsible partner.</translation>
    </message>
    <message>
        <source>Elija el tipo de aporte.</source>
        <translation>Choose the kind of contribution.</translation>
    </message>
    <message>
        <source>Elija el área de aplicación.</source>
        <translation>Choose the area of application.</translation>
    </message>
    <message>
        <source>Elija en qué se convierte la decisión.</source>
        <translation>Choose what the decision becomes.</translation>
    </message>
    <message>
        <source>Elija la lógica del compromiso.</source>
        <translation>Choose the logic of the commitment.</translation>
    </message>
    <message>
        <source>Elija la organización responsable.</source>
        <translation>Choose the responsible organization.</translation>
    </message>
    <message>
        <source>Elija quién firma el acta (al menos una persona presente).</source>
        <translation>Choose who signs the minutes (at least one person present).</translation>
    </message>
    <message>
        <source>Elija si es réplica o escalamiento.</source>
        <translation>Choose whether it is a replication or a scaling up.</translation>
    </message>
    <message>
        <source>Elija si la sesión es ordinaria o extraordinaria.</source>
        <translation>Choose whether the meeting is ordinary or extraordinary.</translation>
    </message>
    <message>
        <source>Elija una opción de la lista.</source>
        <translation>Choose an option from the list.</translation>
    </message>
    <message>
        <source>Esa fase no existe.</source>
        <translation>That phase does not exist.</translation>
    </message>
    <message>
        <source>Escriba al menos una lección aprendida.</source>
        <translation>Write at least one lesson learned.</translation>
    </message>
    <message>
        <source>Escriba {what}.</source>
        <translation>Write {what}.</translation>
    </message>
    <message>
        <source>Ese socio ya está en la lista de retiros.</source>
        <translation>That partner is already in the list of withdrawals.</translation>
    </message>
    <message>
        <source>Esta organización ya está en la lista.</source>
        <translation>This organization is already in the list.</translation>
    </message>
    <message>
        <source>Falta calificar algunas dimensiones, o hay calificaciones inválidas.</source>
        <translation>Some dimensions are not scored yet, or some scores are invalid.</translation>
    </message>
    <message>
        <source>Hay datos por corregir.</source>
        <translation>Some data need correcting.</translation>
    </message>
    <message>
        <source>Indique cómo se dio la autorización.</source>
        <translation>Say how the authorization was given.</translation>
    </message>
    <message>
        <source>Indique la fecha de la autorización.</source>
        <translation>Give the date of the authorization.</translation>
    </message>
    <message>
        <source>Indique la fecha de la revisión.</source>
        <translation>Give the date of the review.</translation>
    </message>
    <message>
        <source>Indique la fecha de la sesión.</source>
        <translation>Give the date of the meeting.</translation>
    </message>
    <message>
        <source>Indique la fecha límite.</source>
        <translation>Give the deadline.</translation>
    </message>
    <message>
        <source>Indique la hora de finalización.</source>
        <translation>Give the end time.</translation>
    </message>
    <message>
        <source>Indique la hora de inicio.</source>
        <translation>Give the start time.</translation>
    </message>
    <message>
        <source>Indique si asistió.</source>
        <translation>Say whether they attended.</translation>
    </message>
    <message>
        <source>Indique si la alianza es formal o informal.</source>
        <translation>Say whether the alliance is formal or informal.</translation>
    </message>
    <message>
        <source>Indique si la organización es simple o compleja.</source>
        <translation>Say whether the organization is simple or complex.</translation>
    </message>
    <message>
        <source>Indique {what}.</source>
        <translation>Give {what}.</translation>
    </message>
    <message>
        <source>La actividad no puede terminar antes de empezar.</source>
        <translation>The activity cannot end before it starts.</translation>
    </message>
    <message>
        <source>La alianza ya está en esa fase.</source>
        <translation>The alliance is already in that phase.</translation>
    </message>
    <message>
        <source>La fecha de inicio está demasiado lejos en el futuro.</source>
        <translation>The start date is too far in the future.</translation>
    </message>
    <message>
        <source>La fecha de la autorización no es razonable.</source>
        <translation>The date of the authorization is not reasonable.</translation>
    </message>
    <message>
        <source>La fecha de la próxima reunión no es razonable.</source>
        <translation>The date of the next meeting is not reasonable.</translation>
    </message>
    <message>
        <source>La fecha de la revisión no es razonable.</source>
        <translation>The date of the review is not reasonable.</translation>
    </message>
    <message>
        <source>La fecha de la revisión no puede ser posterior a hoy.</source>
        <translation>The date of the review cannot be later than today.</translation>
    </message>
    <message>
        <source>La fecha de la sesión no es razonable.</source>
        <translation>The date of the meeting is not reasonable.</translation>
    </message>
    <message>
        <source>La fecha de resolución es anterior al conflicto.</source>
        <translation>The resolution date is earlier than the conflict.</translation>
    </message>
    <message>
        <source>La fecha de retiro es anterior al inicio de la alianza.</source>
        <translation>The withdrawal date is earlier than the start of the alliance.</translation>
    </message>
    <message>
        <source>La fecha de retiro no puede estar en el futuro.</source>
        <translation>The withdrawal date cannot be in the future.</translation>
    </message>
    <message>
        <source>La fecha del cambio no puede estar en el futuro.</source>
        <translation>The date of the change cannot be in the future.</translation>
    </message>
    <message>
        <source>La fecha del convenio no puede ser posterior a hoy.</source>
        <translation>The date of the formal agreement cannot be later than today.</translation>
    </message>
    <message>
        <source>La fecha es anterior al inicio de la alianza.</source>
        <translation>The date is earlier than the start of the alliance.</translation>
    </message>
    <message>
        <source>La fecha es anterior al último cambio de fase registrado.</source>
        <translation>The date is earlier than the last recorded phase change.</translation>
    </message>
    <message>
        <source>La fecha límite es anterior a la revisión.</source>
        <translation>The deadline is earlier than the review.</translation>
    </message>
    <message>
        <source>La fecha límite es anterior a la sesión.</source>
        <translation>The deadline is earlier than the meeting.</translation>
    </message>
    <message>
        <source>La fecha límite es anterior al inicio de la alianza.</source>
        <translation>The deadline is earlier than the start of the alliance.</translation>
    </message>
    <message>
        <source>La fecha límite no es razonable.</source>
        <translation>The deadline is not reasonable.</translation>
    </message>
    <message>
        <source>La fecha no es razonable: debe estar entre {first} y {last}.</source>
        <translation>The date is not reasonable: it must be between {first} and {last}.</translation>
    </message>
    <message>
        <source>La fecha no puede estar en el futuro.</source>
        <translation>The date cannot be in the future.</translation>
    </message>
    <message>
        <source>La hora de finalización debe ser posterior a la de inicio.</source>
        <translation>The end time must be later than the start time.</translation>
    </message>
    <message>
        <source>La próxima reunión debe ser posterior a esta.</source>
        <translation>The next meeting must be later than this one.</translation>
    </message>
    <message>
        <source>Los datos de un menor de edad requieren la autorización de su representante legal.</source>
        <translation>A minor&apos;s data require the authorization of their legal guardian.</translation>
    </message>
    <message>
        <source>Los datos de un menor de edad requieren la autorización de su representante legal: escriba su nombre.</source>
        <translation>A minor&apos;s data require the authorization of their legal guardian: write the guardian&apos;s name.</translation>
    </message>
    <message>
        <source>Los votos deben ser números entre 0 y 10.000.</source>
        <translation>Votes must be numbers between 0 and 10,000.</translation>
    </message>
    <message>
        <source>Marque al menos una persona que asistió.</source>
        <translation>Tick at least one person who attended.</translation>
    </message>
    <message>
        <source>Marque quién habla en nombre de la alianza (vocería).</source>
        <translation>Tick who speaks for the alliance (spokesperson).</translation>
    </message>
    <message>
        <source>Para guardar documento o teléfono, marque la autorización de tratamiento de datos personales.</source>
        <translation>To keep an ID number or phone, tick the authorization to process personal data.</translation>
    </message>
    <message>
        <source>Para guardar documento, teléfono o correo, marque la autorización de tratamiento de datos personales.</source>
        <translation>To keep an ID number, phone or email, tick the authorization to process personal data.</translation>
    </message>
    <message>
        <source>Quien preside y quien hace de secretario deben ser distintos.</source>
        <translation>The chair and the secretary must be different people.</translation>
    </message>
    <message>
        <source>Registre al menos un compromiso.</source>
        <translation>Record at least one commitment.</translation>
    </message>
    <message>
        <source>Registre como máximo {count} decisiones.</source>
        <translation>Record at most {count} decisions.</translation>
    </message>
    <message>
        <source>Registre los votos o marque «por consenso».</source>
        <translation>Record the votes or tick “by consensus”.</translation>
    </message>
    <message>
        <source>Responda al menos una de las preguntas de la reflexión.</source>
        <translation>Answer at least one of the reflection questions.</translation>
    </message>
    <message>
        <source>Se admiten hasta {count} formas de intercambio.</source>
        <translation>Up to {count} ways of exchange are allowed.</translation>
    </message>
    <message>
        <source>Se admiten hasta {count} miembros.</source>
        <translation>Up to {count} members are allowed.</translation>
    </message>
    <message>
        <source>Se admiten hasta {count} réplicas o escalamientos.</source>
        <translation>Up to {count} replications or scalings up are allowed.</translation>
    </message>
    <message>
        <source>Solo una persona lleva la vocería de la alianza.</source>
        <translation>Only one person is the alliance&apos;s spokesperson.</translation>
    </message>
    <message>
        <source>Un beneficio observado no puede tener fecha futura.</source>
        <translation>An observed benefit cannot have a future date.</translation>
    </message>
    <message>
        <source>Una actividad no puede durar más de {count} años: divídala en etapas.</source>
        <translation>An activity cannot last more than {count} years: split it into stages.</translation>
    </message>
    <message>
        <source>Una alianza necesita al menos dos socios.</source>
        <translation>An alliance needs at least two partners.</translation>
    </message>
    <message>
        <source>Una autorización verbal necesita el nombre de un testigo.</source>
        <translation>A verbal authorization needs the name of a witness.</translation>
    </message>
    <message>
        <source>a quién se informa</source>
        <translation>who is informed</translation>
    </message>
    <message>
        <source>cada cuánto se reúnen</source>
        <translation>how often they meet</translation>
    </message>
    <message>
        <source>con quién</source>
        <translation>with whom</translation>
    </message>
    <message>
        <source>con qué frecuencia</source>
        <translation>how often</translation>
    </message>
    <message>
        <source>cuál es el rol</source>
        <translation>what the role is</translation>
    </message>
    <message>
        <source>cómo se registran las decisiones</source>
        <translation>how decisions are recorded</translation>
    </message>
    <message>
        <source>cómo se resolvió</source>
        <translation>how it was resolved</translation>
    </message>
    <message>
        <source>cómo se toman las decisiones</source>
        <translation>how decisions are made</translation>
    </message>
    <message>
        <source>desde cuándo</source>
        <translation>since when</translation>
    </message>
    <message>
        <source>dónde</source>
        <translation>where</translation>
    </message>
    <message>
        <source>dónde se guardan los registros</source>
        <translation>where the records are kept</translation>
    </message>
    <message>
        <source>el NIT</source>
        <translation>the tax ID (NIT)</translation>
    </message>
    <message>
        <source>el cargo</source>
        <translation>the position</translation>
    </message>
    <message>
        <source>el comentario</source>
        <translation>the comment</translation>
    </message>
    <message>
        <source>el departamento</source>
        <translation>the department</translation>
    </message>
    <message>
        <source>el desarrollo</source>
        <translation>the discussion</translation>
    </message>
    <message>
        <source>el documento</source>
        <translation>the ID number</translation>
    </message>
    <message>
        <source>el eje central de la sistematización</source>
        <translation>the central theme of the systematization</translation>
    </message>
    <message>
        <source>el lugar</source>
        <translation>the place</translation>
    </message>
    <message>
        <source>el motivo del retiro</source>
        <translation>the reason for the withdrawal</translation>
    </message>
    <message>
        <source>el municipio</source>
        <translation>the municipality</translation>
    </message>
    <message>
        <source>el nombre</source>
        <translation>the name</translation>
    </message>
    <message>
        <source>el nombre de la alianza</source>
        <translation>the alliance&apos;s name</translation>
    </message>
    <message>
        <source>el nombre de la organización</source>
        <translation>the organization&apos;s name</translation>
    </message>
    <message>
        <source>el nombre de la persona</source>
        <translation>the person&apos;s name</translation>
    </message>
    <message>
        <source>el nombre de quien facilita</source>
        <translation>the facilitator&apos;s name</translation>
    </message>
    <message>
        <source>el nombre del hito</source>
        <translation>the milestone&apos;s name</translation>
    </message>
    <message>
        <source>el número del convenio</source>
        <translation>the number of the formal agreement</translation>
    </message>
    <message>
        <source>el objetivo de la sesión</source>
        <translation>the meeting&apos;s objective</translation>
    </message>
    <message>
        <source>el propósito común</source>
        <translation>the common purpose</translation>
    </message>
    <message>
        <source>el punto del orden del día</source>
        <translation>the agenda item</translation>
    </message>
    <message>
        <source>el resultado esperado</source>
        <translation>the expected result</translation>
    </message>
    <message>
        <source>el teléfono</source>
        <translation>the phone</translation>
    </message>
    <message>
        <source>el texto</source>
        <translation>the text</translation>
    </message>
    <message>
        <source>en qué consiste el compromiso</source>
        <translation>what the commitment consists of</translation>
    </message>
    <message>
        <source>hasta cuándo</source>
        <translation>until when</translation>
    </message>
    <message>
        <source>la actividad</source>
        <translation>the activity</translation>
    </message>
    <message>
        <source>la decisión</source>
        <translation>the decision</translation>
    </message>
    <message>
        <source>la duración</source>
        <translation>the duration</translation>
    </message>
    <message>
        <source>la evidencia del beneficio observado</source>
        <translation>the evidence of the observed benefit</translation>
    </message>
    <message>
        <source>la fecha</source>
        <translation>the date</translation>
    </message>
    <message>
        <source>la fecha de finalización</source>
        <translation>the end date</translation>
    </message>
    <message>
        <source>la fecha de inicio</source>
        <translation>the start date</translation>
    </message>
    <message>
        <source>la fecha de retiro</source>
        <translation>the withdrawal date</translation>
    </message>
    <message>
        <source>la fecha del cambio</source>
        <translation>the date of the change</translation>
    </message>
    <message>
        <source>la fecha del convenio</source>
        <translation>the date of the formal agreement</translation>
    </message>
    <message>
        <source>la fecha del hito</source>
        <translation>the milestone&apos;s date</translation>
    </message>
    <message>
        <source>la fecha en que se resolvió</source>
        <translation>the date it was resolved</translation>
    </message>
    <message>
        <source>la fecha límite</source>
        <translation>the deadline</translation>
    </message>
    <message>
        <source>la figura jurídica</source>
        <translation>the legal form</translation>
    </message>
    <message>
        <source>la figura jurídica (por ejemplo, convenio de asociación)</source>
        <translation>the legal form (for example, an association agreement)</translation>
    </message>
    <message>
        <source>la instancia de coordinación</source>
        <translation>the coordination body</translation>
    </message>
    <message>
        <source>la nota</source>
        <translation>the note</translation>
    </message>
    <message>
        <source>la vereda o corregimiento</source>
        <translation>the vereda or corregimiento</translation>
    </message>
    <message>
        <source>las conclusiones</source>
        <translation>the conclusions</translation>
    </message>
    <message>
        <source>lo aprendido</source>
        <translation>what was learned</translation>
    </message>
    <message>
        <source>lo que aporta</source>
        <translation>what it contributes</translation>
    </message>
    <message>
        <source>los objetivos</source>
        <translation>the objectives</translation>
    </message>
    <message>
        <source>los registros</source>
        <translation>the records</translation>
    </message>
    <message>
        <source>para qué se sistematiza la experiencia</source>
        <translation>what the experience is systematized for</translation>
    </message>
    <message>
        <source>por qué cambia de fase</source>
        <translation>why the phase changes</translation>
    </message>
    <message>
        <source>por qué se cierra la alianza</source>
        <translation>why the alliance closes</translation>
    </message>
    <message>
        <source>quién informa</source>
        <translation>who reports</translation>
    </message>
    <message>
        <source>quién lo financia</source>
        <translation>who funds it</translation>
    </message>
    <message>
        <source>quiénes participan en la sistematización</source>
        <translation>who takes part in the systematization</translation>
    </message>
    <message>
        <source>qué cambió</source>
        <translation>what changed</translation>
    </message>
    <message>
        <source>qué continúa</source>
        <translation>what continues</translation>
    </message>
    <message>
        <source>qué pasó</source>
        <translation>what happened</translation>
    </message>
    <message>
        <source>qué se debe adaptar</source>
        <translation>what must be adapted</translation>
    </message>
    <message>
        <source>sus intereses</source>
        <translation>its interests</translation>
    </message>
    <message>
        <source>Adjunte como máximo {count} archivos a la vez.</source>
        <translation>Attach at most {count} files at a time.</translation>
    </message>
    <message>
        <source>El archivo es demasiado grande (máximo 30 MB).</source>
        <translation>The file is too large (at most 30 MB).</translation>
    </message>
    <message>
        <source>El archivo «{name}» es demasiado grande (máximo 30 MB).</source>
        <translation>The file “{name}” is too large (at most 30 MB).</translation>
    </message>
    <message>
        <source>El archivo «{name}» está vacío.</source>
        <translation>The file “{name}” is empty.</translation>
    </message>
    <message>
        <source>El documento no es un PDF: no se envió a la impresora.</source>
        <translation>The document is not a PDF: it was not sent to the printer.</translation>
    </message>
    <message>
        <source>El número de copias debe estar entre 1 y {most}.</source>
        <translation>The number of copies must be between 1 and {most}.</translation>
    </message>
    <message>
        <source>El servicio de impresión (CUPS) no está en marcha en este equipo. Inícielo, o imprima desde la ventana de la aplicación.</source>
        <translation>The printing service (CUPS) is not running on this computer. Start it, or print from the application&apos;s window.</translation>
    </message>
    <message>
        <source>El sistema de impresión no respondió a tiempo. Revise que la impresora esté encendida y vuelva a intentarlo.</source>
        <translation>The printing system did not answer in time. Check that the printer is on and try again.</translation>
    </message>
    <message>
        <source>Elija el nuevo estado del compromiso.</source>
        <translation>Choose the commitment&apos;s new status.</translation>
    </message>
    <message>
        <source>Elija el tipo de solicitud.</source>
        <translation>Choose the kind of request.</translation>
    </message>
    <message>
        <source>Elija un socio activo de la alianza.</source>
        <translation>Choose an active partner of the alliance.</translation>
    </message>
    <message>
        <source>Esa evidencia no existe.</source>
        <translation>That evidence does not exist.</translation>
    </message>
    <message>
        <source>Esa persona no es de ese socio.</source>
        <translation>That person does not belong to that partner.</translation>
    </message>
    <message>
        <source>Esa persona no es del socio responsable.</source>
        <translation>That person does not belong to the responsible partner.</translation>
    </message>
    <message>
        <source>Escriba el nombre de la persona.</source>
        <translation>Write the person&apos;s name.</translation>
    </message>
    <message>
        <source>Escriba el nombre del hito.</source>
        <translation>Write the milestone&apos;s name.</translation>
    </message>
    <message>
        <source>Ese compromiso no existe.</source>
        <translation>That commitment does not exist.</translation>
    </message>
    <message>
        <source>Ese conflicto no está en el registro.</source>
        <translation>That conflict is not in the record.</translation>
    </message>
    <message>
        <source>Ese momento no está en la cronología de la alianza.</source>
        <translation>That moment is not in the alliance&apos;s chronology.</translation>
    </message>
    <message>
        <source>Ese socio no es de esta alianza.</source>
        <translation>That partner does not belong to this alliance.</translation>
    </message>
    <message>
        <source>Ese socio no está en la alianza.</source>
        <translation>That partner is not in the alliance.</translation>
    </message>
    <message>
        <source>Ese socio se retira: elija otro responsable.</source>
        <translation>That partner is withdrawing: choose another responsible partner.</translation>
    </message>
    <message>
        <source>Ese socio ya no está activo en la alianza.</source>
        <translation>That partner is no longer active in the alliance.</translation>
    </message>
    <message>
        <source>Ese socio ya se retiró de la alianza.</source>
        <translation>That partner has already withdrawn from the alliance.</translation>
    </message>
    <message>
        <source>Esta organización ya es socia de la alianza.</source>
        <translation>This organization is already a partner of the alliance.</translation>
    </message>
    <message>
        <source>Esta persona pidió la supresión de sus datos.</source>
        <translation>This person asked for their data to be erased.</translation>
    </message>
    <message>
        <source>Este equipo no tiene el sistema de impresión CUPS: imprima desde la ventana de la aplicación.</source>
        <translation>This computer does not have the CUPS printing system: print from the application&apos;s window.</translation>
    </message>
    <message>
        <source>Faltan puntos de la lista para dejar la fase: {reasons}</source>
        <translation>Items of the checklist are missing to leave the phase: {reasons}</translation>
    </message>
    <message>
        <source>Hay compromisos que no son de esta alianza.</source>
        <translation>Some commitments do not belong to this alliance.</translation>
    </message>
    <message>
        <source>La alianza aún no tiene una sistematización guardada.</source>
        <translation>The alliance has no saved systematization yet.</translation>
    </message>
    <message>
        <source>La alianza está archivada: restáurela antes de corregir sus datos.</source>
        <translation>The alliance is archived: restore it before correcting its data.</translation>
    </message>
    <message>
        <source>La alianza está archivada: restáurela antes de guardar su plan.</source>
        <translation>The alliance is archived: restore it before saving its plan.</translation>
    </message>
    <message>
        <source>La alianza está archivada: restáurela para hacer seguimiento.</source>
        <translation>The alliance is archived: restore it to follow it up.</translation>
    </message>
    <message>
        <source>La alianza está archivada: restáurela para registrar conflictos.</source>
        <translation>The alliance is archived: restore it to record conflicts.</translation>
    </message>
    <message>
        <source>La base de datos ya tiene alianzas; la demostración se crea en un archivo nuevo.</source>
        <translation>The database already has alliances; the demonstration is created in a new file.</translation>
    </message>
    <message>
        <source>La fecha de recibido no puede ser futura.</source>
        <translation>The date received cannot be in the future.</translation>
    </message>
    <message>
        <source>La impresora «{printer}» no aceptó el documento; el detalle quedó en el registro.</source>
        <translation>The printer “{printer}” did not accept the document; the details are in the log.</translation>
    </message>
    <message>
        <source>La respuesta no puede ser anterior a la solicitud.</source>
        <translation>The answer cannot be earlier than the request.</translation>
    </message>
    <message>
        <source>No existe esa alianza.</source>
        <translation>There is no such alliance.</translation>
    </message>
    <message>
        <source>No existe esa evaluación.</source>
        <translation>There is no such evaluation.</translation>
    </message>
    <message>
        <source>No existe esa persona.</source>
        <translation>There is no such person.</translation>
    </message>
    <message>
        <source>No existe esa sistematización.</source>
        <translation>There is no such systematization.</translation>
    </message>
    <message>
        <source>No existe esa solicitud.</source>
        <translation>There is no such request.</translation>
    </message>
    <message>
        <source>No existe ese hito.</source>
        <translation>There is no such milestone.</translation>
    </message>
    <message>
        <source>No existe la impresora «{printer}» en este equipo.</source>
        <translation>There is no printer “{printer}” on this computer.</translation>
    </message>
    <message>
        <source>Opción de impresión no válida: {option}.</source>
        <translation>Invalid printing option: {option}.</translation>
    </message>
    <message>
        <source>Registre primero la autorización de tratamiento de datos.</source>
        <translation>First record the authorization to process personal data.</translation>
    </message>
    <message>
        <source>Solo se quitan los hitos agregados; los demás momentos se ocultan.</source>
        <translation>Only added milestones can be removed; other moments are hidden.</translation>
    </message>
    <message>
        <source>Una alianza necesita al menos dos socios: agregue otro antes de retirar este.</source>
        <translation>An alliance needs at least two partners: add another before withdrawing this one.</translation>
    </message>
    <message>
        <source>es de una versión más nueva de Alianzas</source>
        <translation>is from a newer version of Alianzas</translation>
    </message>
    <message>
        <source>no es una base de datos de Alianzas</source>
        <translation>is not an Alianzas database</translation>
    </message>
    <message>
        <source>una nota</source>
        <translation>a note</translation>
    </message>
    <message>
        <source>«{pages}» no es una lista de páginas (por ejemplo 1-3,5).</source>
        <translation>“{pages}” is not a list of pages (for example 1-3,5).</translation>
    </message>
    <message>
        <source>«{printer}» no es el nombre de una impresora.</source>
        <translation>“{printer}” is not the name of a printer.</translation>
    </message>
    <message>
        <source>El acta ya está cerrada: no se puede modificar.</source>
        <translation>The minutes are already closed: they cannot be changed.</translation>
    </message>
    <message>
        <source>El acuerdo no tiene versión {number}.</source>
        <translation>The agreement has no version {number}.</translation>
    </message>
    <message>
        <source>El paquete es demasiado grande para Alianzas.</source>
        <translation>The bundle is too large for Alianzas.</translation>
    </message>
    <message>
        <source>El paquete está cifrado para la clave de la oficina ({key}): solo se abre con su clave privada.</source>
        <translation>The bundle is encrypted for the office&apos;s key ({key}): only its private key opens it.</translation>
    </message>
    <message>
        <source>El paquete está cifrado para la clave de la oficina, no con una contraseña: se abre con la clave privada de la oficina.</source>
        <translation>The bundle is encrypted for the office&apos;s key, not with a password: it opens with the office&apos;s private key.</translation>
    </message>
    <message>
        <source>El paquete está cifrado: indique la contraseña con la que se exportó.</source>
        <translation>The bundle is encrypted: give the password it was exported with.</translation>
    </message>
    <message>
        <source>El registro de ese conflicto ya no existe en esta base de datos.</source>
        <translation>The record of that conflict no longer exists in this database.</translation>
    </message>
    <message>
        <source>El texto es demasiado largo.</source>
        <translation>The text is too long.</translation>
    </message>
    <message>
        <source>Elija si el registro se conserva o se elimina.</source>
        <translation>Choose whether the record is kept or deleted.</translation>
    </message>
    <message>
        <source>Elija un archivo .xlsx o .csv para exportar el tablero.</source>
        <translation>Choose an .xlsx or .csv file to export the dashboard.</translation>
    </message>
    <message>
        <source>Elija una sola forma de cifrar: contraseña o clave de la oficina.</source>
        <translation>Choose a single way to encrypt: password or the office&apos;s key.</translation>
    </message>
    <message>
        <source>Esa persona no está en la lista de esta sesión.</source>
        <translation>That person is not in this meeting&apos;s list.</translation>
    </message>
    <message>
        <source>Esa tabla no está en el tablero.</source>
        <translation>That table is not in the dashboard.</translation>
    </message>
    <message>
        <source>Escriba la corrección.</source>
        <translation>Write the correction.</translation>
    </message>
    <message>
        <source>Ese registro es (o contiene) un documento congelado: no se puede eliminar.</source>
        <translation>That record is (or contains) a frozen document: it cannot be deleted.</translation>
    </message>
    <message>
        <source>Esta persona ya firmó el acta cerrada.</source>
        <translation>This person has already signed the closed minutes.</translation>
    </message>
    <message>
        <source>Esta versión ya está registrada como firmada.</source>
        <translation>This version is already recorded as signed.</translation>
    </message>
    <message>
        <source>La alianza no tiene acuerdo de compromisos.</source>
        <translation>The alliance has no agreement of commitments.</translation>
    </message>
    <message>
        <source>La base de datos no acepta esa elección (el documento ya está congelado aquí).</source>
        <translation>The database does not accept that choice (the document is already frozen here).</translation>
    </message>
    <message>
        <source>La base de datos rechazó el paquete (un documento congelado o un registro repetido); no se cambió nada.</source>
        <translation>The database refused the bundle (a frozen document or a repeated record); nothing was changed.</translation>
    </message>
    <message>
        <source>La fecha de firma es anterior a la emisión del documento.</source>
        <translation>The signing date is earlier than the document&apos;s issue.</translation>
    </message>
    <message>
        <source>La fecha de firma es anterior a la sesión.</source>
        <translation>The signing date is earlier than the meeting.</translation>
    </message>
    <message>
        <source>La fecha de firma no puede estar en el futuro.</source>
        <translation>The signing date cannot be in the future.</translation>
    </message>
    <message>
        <source>La firma no es una imagen válida.</source>
        <translation>The signature is not a valid image.</translation>
    </message>
    <message>
        <source>La imagen de la firma es demasiado grande.</source>
        <translation>The signature image is too large.</translation>
    </message>
    <message>
        <source>La sesión aún no está cerrada: su acta no tiene número todavía.</source>
        <translation>The meeting is not closed yet: its minutes have no number.</translation>
    </message>
    <message>
        <source>La versión {number} ya fue emitida: su contenido no cambia. Los cambios van en una nueva versión (otrosí).</source>
        <translation>Version {number} has already been issued: its content does not change. Changes go in a new version (addendum).</translation>
    </message>
    <message>
        <source>Mientras la sesión esté abierta, corrija el acta directamente.</source>
        <translation>While the meeting is open, correct the minutes directly.</translation>
    </message>
    <message>
        <source>No existe el paquete: {path}</source>
        <translation>The bundle does not exist: {path}</translation>
    </message>
    <message>
        <source>No existe esa sesión.</source>
        <translation>There is no such meeting.</translation>
    </message>
    <message>
        <source>No existe esa versión del acuerdo.</source>
        <translation>There is no such version of the agreement.</translation>
    </message>
    <message>
        <source>No existe ese conflicto pendiente.</source>
        <translation>There is no such pending conflict.</translation>
    </message>
    <message>
        <source>No existe la alianza {alliance}.</source>
        <translation>There is no alliance {alliance}.</translation>
    </message>
    <message>
        <source>No se pudo hacer el respaldo automático antes de importar; no se cambió nada.</source>
        <translation>The automatic backup before importing could not be made; nothing was changed.</translation>
    </message>
    <message>
        <source>No se puede eliminar: otros registros de esta base de datos todavía lo usan.</source>
        <translation>It cannot be deleted: other records of this database still use it.</translation>
    </message>
    <message>
        <source>No se puede recuperar: el registro al que pertenece ya no existe en esta base de datos.</source>
        <translation>It cannot be recovered: the record it belongs to no longer exists in this database.</translation>
    </message>
    <message>
        <source>Primero cierre la sesión; después registre el acta firmada.</source>
        <translation>First close the meeting; then record the signed minutes.</translation>
    </message>
    <message>
        <source>Primero emita (imprima) esta versión; después regístrela firmada.</source>
        <translation>First issue (print) this version; then record it as signed.</translation>
    </message>
    <message>
        <source>Solo firman quienes asistieron.</source>
        <translation>Only those who attended sign.</translation>
    </message>
    <message>
        <source>Cada socio tiene al menos un compromiso (socios activos).</source>
        <translation>Each partner has at least one commitment (active partners).</translation>
    </message>
    <message>
        <source>El acuerdo de compromisos está emitido y firmado por los socios.</source>
        <translation>The agreement of commitments is issued and signed by the partners.</translation>
    </message>
    <message>
        <source>El acuerdo de compromisos está emitido, pero no se ha registrado firmado.</source>
        <translation>The agreement of commitments is issued, but has not been recorded as signed.</translation>
    </message>
    <message>
        <source>El acuerdo de compromisos no se ha emitido ni firmado.</source>
        <translation>The agreement of commitments has been neither issued nor signed.</translation>
    </message>
    <message>
        <source>El propósito común está escrito y acordado.</source>
        <translation>The common purpose is written and agreed.</translation>
    </message>
    <message>
        <source>Está acordado cómo se intercambia la información.</source>
        <translation>How information is exchanged is agreed.</translation>
    </message>
    <message>
        <source>Están definidos los papeles de coordinación.</source>
        <translation>The coordination roles are defined.</translation>
    </message>
    <message>
        <source>Hay un compromiso vencido sin cumplir.</source>
        <translation>There is one overdue commitment not fulfilled.</translation>
    </message>
    <message>
        <source>Hay un incidente crítico abierto.</source>
        <translation>There is one open critical incident.</translation>
    </message>
    <message>
        <source>Hay un plan de trabajo con actividades, responsables y fechas.</source>
        <translation>There is a work plan with activities, people responsible and dates.</translation>
    </message>
    <message>
        <source>Hay {count} compromisos vencidos sin cumplir.</source>
        <translation>There are {count} overdue commitments not fulfilled.</translation>
    </message>
    <message>
        <source>Hay {count} incidentes críticos abiertos.</source>
        <translation>There are {count} open critical incidents.</translation>
    </message>
    <message>
        <source>La alianza es formal y su convenio no está registrado.</source>
        <translation>The alliance is formal and its formal agreement is not recorded.</translation>
    </message>
    <message>
        <source>La alianza no tiene socios activos.</source>
        <translation>The alliance has no active partners.</translation>
    </message>
    <message>
        <source>Los socios hicieron al menos una evaluación periódica.</source>
        <translation>The partners made at least one periodic review.</translation>
    </message>
    <message>
        <source>Ningún compromiso vencido sin seguimiento.</source>
        <translation>No overdue commitment without follow-up.</translation>
    </message>
    <message>
        <source>Ningún incidente crítico abierto.</source>
        <translation>No open critical incident.</translation>
    </message>
    <message>
        <source>No hay actividades en el plan de trabajo.</source>
        <translation>There are no activities in the work plan.</translation>
    </message>
    <message>
        <source>No se ha acordado cómo circula la información entre los socios.</source>
        <translation>How information flows between the partners has not been agreed.</translation>
    </message>
    <message>
        <source>No se ha escrito el propósito común.</source>
        <translation>The common purpose has not been written.</translation>
    </message>
    <message>
        <source>No se ha registrado ninguna evaluación periódica.</source>
        <translation>No periodic review has been recorded.</translation>
    </message>
    <message>
        <source>No se han definido los papeles de coordinación.</source>
        <translation>The coordination roles have not been defined.</translation>
    </message>
    <message>
        <source>Se cumplen {met} de las {total} condiciones.</source>
        <translation>{met} of the {total} conditions are met.</translation>
    </message>
    <message>
        <source>Se revisaron las cuatro condiciones de una alianza.</source>
        <translation>The four conditions of an alliance were reviewed.</translation>
    </message>
    <message>
        <source>Si la alianza es formal, su convenio está registrado.</source>
        <translation>If the alliance is formal, its formal agreement is recorded.</translation>
    </message>
    <message>
        <source>Sin compromisos: {names}.</source>
        <translation>Without commitments: {names}.</translation>
    </message>
</context>
<context>
    <name>evaluation</name>
    <message>
        <source>Existe una alianza donde se conjugan relaciones abiertas: los socios se comunican con franqueza, comparten información y conocen los intereses de los demás.</source>
        <translation>There is an alliance where open relations come together: the partners communicate frankly, share information and know one another&apos;s interests.</translation>
    </message>
    <message>
        <source>Socios activos: cada socio participa en las decisiones y asume al menos un compromiso.</source>
        <translation>Active partners: each partner takes part in the decisions and takes on at least one commitment.</translation>
    </message>
    <message>
        <source>Complementariedad en los aportes: cada socio pone lo que los otros no tienen.</source>
        <translation>Complementary contributions: each partner provides what the others do not have.</translation>
    </message>
    <message>
        <source>La claridad en el propósito es uno de los factores claves del éxito de las alianzas; de ella depende la solidez de la alianza.</source>
        <translation>Clarity of purpose is one of the key factors in the success of alliances; the soundness of the alliance depends on it.</translation>
    </message>
    <message>
        <source>Valor que orienta el trabajo en alianza: los socios cuentan unos con otros y cumplen lo que acuerdan.</source>
        <translation>A value that guides work in alliance: the partners count on one another and do what they agree.</translation>
    </message>
    <message>
        <source>Valor que orienta el trabajo en alianza: comprender y valorar la diversidad de los socios, sus culturas y sus tiempos.</source>
        <translation>A value that guides work in alliance: understanding and valuing the diversity of the partners, their cultures and their rhythms.</translation>
    </message>
    <message>
        <source>Valor que orienta el trabajo en alianza: todas las voces —público, privado y sociedad civil— cuentan en las decisiones.</source>
        <translation>A value that guides work in alliance: every voice —public, private and civil society— counts in the decisions.</translation>
    </message>
    <message>
        <source>Valor que orienta el trabajo en alianza: la información, los recursos y las decisiones se conocen por todos.</source>
        <translation>A value that guides work in alliance: information, resources and decisions are known to everyone.</translation>
    </message>
    <message>
        <source>Valor que orienta el trabajo en alianza: los resultados, buenos o malos, son de todos los socios.</source>
        <translation>A value that guides work in alliance: the results, good or bad, belong to all the partners.</translation>
    </message>
    <message>
        <source>Fomentar el intercambio de información: una de las acciones principales de la consolidación; requiere comunicación y trabajo en equipo.</source>
        <translation>Encourage the exchange of information: one of the main actions of consolidation; it requires communication and teamwork.</translation>
    </message>
    <message>
        <source>Enfatizar las fortalezas de los socios: reconocer lo que cada uno sabe hacer mejor.</source>
        <translation>Emphasise the partners&apos; strengths: recognise what each one does best.</translation>
    </message>
    <message>
        <source>Hacer seguimiento: revisar con regularidad los compromisos y el plan de trabajo.</source>
        <translation>Follow up: review the commitments and the work plan regularly.</translation>
    </message>
    <message>
        <source>Evaluar: la evaluación, si bien es un instrumento de control, es sobre todo una oportunidad de reflexionar para cambiar y actuar frente a los cambios del entorno.</source>
        <translation>Evaluate: although evaluation is a control instrument, it is above all an opportunity to reflect in order to change and to act in the face of changes in the surroundings.</translation>
    </message>
    <message>
        <source>Reflexionar sobre los procesos: el análisis y la interpretación permiten a los socios hacer adaptaciones y tomar decisiones.</source>
        <translation>Reflect on the processes: analysis and interpretation allow the partners to make adaptations and take decisions.</translation>
    </message>
    <message>
        <source>Manejar adecuadamente los conflictos: los aspectos externos, las dificultades propias del trabajo en alianza y los incidentes críticos.</source>
        <translation>Handle conflicts properly: external factors, the difficulties inherent in working in alliance, and critical incidents.</translation>
    </message>
    <message>
        <source>Lograr resultados tangibles: lo que los socios y la comunidad pueden ver y contar.</source>
        <translation>Achieve tangible results: what the partners and the community can see and tell.</translation>
    </message>
</context>
<context>
    <name>history</name>
    <message>
        <source>(vacío)</source>
        <translation>(empty)</translation>
    </message>
    <message>
        <source>nombre</source>
        <translation>name</translation>
    </message>
    <message>
        <source>fase</source>
        <translation>phase</translation>
    </message>
    <message>
        <source>propósito común</source>
        <translation>common purpose</translation>
    </message>
    <message>
        <source>objetivos</source>
        <translation>objectives</translation>
    </message>
    <message>
        <source>descripción</source>
        <translation>description</translation>
    </message>
    <message>
        <source>fecha límite</source>
        <translation>deadline</translation>
    </message>
    <message>
        <source>valor estimado</source>
        <translation>estimated value</translation>
    </message>
    <message>
        <source>lógica</source>
        <translation>logic</translation>
    </message>
    <message>
        <source>estado</source>
        <translation>status</translation>
    </message>
    <message>
        <source>fecha de firma</source>
        <translation>signing date</translation>
    </message>
    <message>
        <source>copia firmada</source>
        <translation>signed copy</translation>
    </message>
    <message>
        <source>cumplida</source>
        <translation>met</translation>
    </message>
    <message>
        <source>nota</source>
        <translation>note</translation>
    </message>
    <message>
        <source>sector</source>
        <translation>sector</translation>
    </message>
    <message>
        <source>NIT</source>
        <translation>tax ID (NIT)</translation>
    </message>
    <message>
        <source>cargo del representante</source>
        <translation>representative&apos;s position</translation>
    </message>
    <message>
        <source>representante</source>
        <translation>representative</translation>
    </message>
    <message>
        <source>intereses</source>
        <translation>interests</translation>
    </message>
    <message>
        <source>aporte posible</source>
        <translation>possible contribution</translation>
    </message>
    <message>
        <source>influencia</source>
        <translation>influence</translation>
    </message>
    <message>
        <source>documento</source>
        <translation>ID document</translation>
    </message>
    <message>
        <source>teléfono</source>
        <translation>phone</translation>
    </message>
    <message>
        <source>correo electrónico</source>
        <translation>email</translation>
    </message>
    <message>
        <source>fecha de la autorización</source>
        <translation>authorization date</translation>
    </message>
    <message>
        <source>menor de edad</source>
        <translation>minor</translation>
    </message>
    <message>
        <source>datos suprimidos</source>
        <translation>data erased</translation>
    </message>
    <message>
        <source>título</source>
        <translation>title</translation>
    </message>
    <message>
        <source>texto</source>
        <translation>text</translation>
    </message>
    <message>
        <source>lugar</source>
        <translation>place</translation>
    </message>
    <message>
        <source>fecha</source>
        <translation>date</translation>
    </message>
    <message>
        <source>hora de inicio</source>
        <translation>start time</translation>
    </message>
    <message>
        <source>hora de finalización</source>
        <translation>end time</translation>
    </message>
    <message>
        <source>objetivo</source>
        <translation>objective</translation>
    </message>
    <message>
        <source>fecha de la próxima reunión</source>
        <translation>date of the next meeting</translation>
    </message>
    <message>
        <source>lugar de la próxima reunión</source>
        <translation>place of the next meeting</translation>
    </message>
    <message>
        <source>por consenso</source>
        <translation>by consensus</translation>
    </message>
    <message>
        <source>votos a favor</source>
        <translation>votes for</translation>
    </message>
    <message>
        <source>votos en contra</source>
        <translation>votes against</translation>
    </message>
    <message>
        <source>abstenciones</source>
        <translation>abstentions</translation>
    </message>
    <message>
        <source>firma el acta</source>
        <translation>signs the minutes</translation>
    </message>
    <message>
        <source>invitado (no delegado de un socio)</source>
        <translation>guest (not a partner&apos;s delegate)</translation>
    </message>
    <message>
        <source>cargo</source>
        <translation>position</translation>
    </message>
    <message>
        <source>departamento</source>
        <translation>department</translation>
    </message>
    <message>
        <source>municipio</source>
        <translation>municipality</translation>
    </message>
    <message>
        <source>vereda</source>
        <translation>vereda</translation>
    </message>
    <message>
        <source>área de aplicación</source>
        <translation>application area</translation>
    </message>
    <message>
        <source>fecha de inicio</source>
        <translation>start date</translation>
    </message>
    <message>
        <source>facilitador(a)</source>
        <translation>facilitator</translation>
    </message>
    <message>
        <source>formalidad</source>
        <translation>formality</translation>
    </message>
    <message>
        <source>figura jurídica</source>
        <translation>legal form</translation>
    </message>
    <message>
        <source>complejidad</source>
        <translation>complexity</translation>
    </message>
    <message>
        <source>instancia de coordinación</source>
        <translation>coordination body</translation>
    </message>
    <message>
        <source>miembros de la coordinación</source>
        <translation>coordination members</translation>
    </message>
    <message>
        <source>toma de decisiones</source>
        <translation>decision making</translation>
    </message>
    <message>
        <source>periodicidad de las reuniones</source>
        <translation>meeting frequency</translation>
    </message>
    <message>
        <source>duración</source>
        <translation>duration</translation>
    </message>
    <message>
        <source>archivada</source>
        <translation>archived</translation>
    </message>
    <message>
        <source>fecha de retiro</source>
        <translation>withdrawal date</translation>
    </message>
    <message>
        <source>motivo del retiro</source>
        <translation>reason for withdrawal</translation>
    </message>
    <message>
        <source>socio</source>
        <translation>partner</translation>
    </message>
    <message>
        <source>responsable</source>
        <translation>person responsible</translation>
    </message>
    <message>
        <source>organización</source>
        <translation>organization</translation>
    </message>
    <message>
        <source>forma</source>
        <translation>form</translation>
    </message>
    <message>
        <source>registrada por</source>
        <translation>recorded by</translation>
    </message>
    <message>
        <source>testigo</source>
        <translation>witness</translation>
    </message>
    <message>
        <source>representante legal</source>
        <translation>legal representative</translation>
    </message>
    <message>
        <source>fecha de revocatoria</source>
        <translation>revocation date</translation>
    </message>
    <message>
        <source>recibida el</source>
        <translation>received on</translation>
    </message>
    <message>
        <source>plazo de respuesta</source>
        <translation>response deadline</translation>
    </message>
    <message>
        <source>respondida el</source>
        <translation>answered on</translation>
    </message>
    <message>
        <source>estado anterior</source>
        <translation>previous status</translation>
    </message>
    <message>
        <source>resultado esperado</source>
        <translation>expected result</translation>
    </message>
    <message>
        <source>socio responsable</source>
        <translation>partner responsible</translation>
    </message>
    <message>
        <source>hito</source>
        <translation>milestone</translation>
    </message>
    <message>
        <source>canal</source>
        <translation>channel</translation>
    </message>
    <message>
        <source>frecuencia</source>
        <translation>frequency</translation>
    </message>
    <message>
        <source>quién informa</source>
        <translation>who reports</translation>
    </message>
    <message>
        <source>a quién se informa</source>
        <translation>who is informed</translation>
    </message>
    <message>
        <source>dónde se guardan los registros</source>
        <translation>where the records are kept</translation>
    </message>
    <message>
        <source>rol</source>
        <translation>role</translation>
    </message>
    <message>
        <source>detalle del rol</source>
        <translation>role detail</translation>
    </message>
    <message>
        <source>vocería de la alianza</source>
        <translation>alliance spokesperson</translation>
    </message>
    <message>
        <source>número del convenio</source>
        <translation>agreement number</translation>
    </message>
    <message>
        <source>fecha del convenio</source>
        <translation>agreement date</translation>
    </message>
    <message>
        <source>convenio firmado</source>
        <translation>signed agreement</translation>
    </message>
    <message>
        <source>registro de las decisiones</source>
        <translation>record of decisions</translation>
    </message>
    <message>
        <source>fase anterior</source>
        <translation>previous phase</translation>
    </message>
    <message>
        <source>fase nueva</source>
        <translation>new phase</translation>
    </message>
    <message>
        <source>motivo</source>
        <translation>reason</translation>
    </message>
    <message>
        <source>fecha del conflicto</source>
        <translation>conflict date</translation>
    </message>
    <message>
        <source>partes involucradas</source>
        <translation>parties involved</translation>
    </message>
    <message>
        <source>manejo</source>
        <translation>handling</translation>
    </message>
    <message>
        <source>resolución</source>
        <translation>resolution</translation>
    </message>
    <message>
        <source>aprendizaje</source>
        <translation>learning</translation>
    </message>
    <message>
        <source>fecha de resolución</source>
        <translation>resolution date</translation>
    </message>
    <message>
        <source>archivo</source>
        <translation>file</translation>
    </message>
    <message>
        <source>fecha de la evidencia</source>
        <translation>evidence date</translation>
    </message>
    <message>
        <source>tipo de aporte</source>
        <translation>contribution type</translation>
    </message>
    <message>
        <source>tipo de sesión</source>
        <translation>meeting type</translation>
    </message>
    <message>
        <source>tipo de solicitud</source>
        <translation>request type</translation>
    </message>
    <message>
        <source>notas</source>
        <translation>notes</translation>
    </message>
    <message>
        <source>desarrollo</source>
        <translation>discussion</translation>
    </message>
    <message>
        <source>asistencia</source>
        <translation>attendance</translation>
    </message>
    <message>
        <source>finalidad</source>
        <translation>purpose</translation>
    </message>
    <message>
        <source>fecha de finalización</source>
        <translation>end date</translation>
    </message>
    <message>
        <source>nivel</source>
        <translation>level</translation>
    </message>
    <message>
        <source>cambios en el entorno</source>
        <translation>changes in the context</translation>
    </message>
    <message>
        <source>aprendizajes</source>
        <translation>learnings</translation>
    </message>
    <message>
        <source>puntaje</source>
        <translation>score</translation>
    </message>
    <message>
        <source>comentario</source>
        <translation>comment</translation>
    </message>
    <message>
        <source>decisión</source>
        <translation>decision</translation>
    </message>
    <message>
        <source>quiénes participan</source>
        <translation>who takes part</translation>
    </message>
    <message>
        <source>registros disponibles</source>
        <translation>records available</translation>
    </message>
    <message>
        <source>para qué sistematizar</source>
        <translation>why systematize</translation>
    </message>
    <message>
        <source>periodo desde</source>
        <translation>period from</translation>
    </message>
    <message>
        <source>periodo hasta</source>
        <translation>period to</translation>
    </message>
    <message>
        <source>eje central</source>
        <translation>central axis</translation>
    </message>
    <message>
        <source>conclusiones</source>
        <translation>conclusions</translation>
    </message>
    <message>
        <source>oculta en el informe</source>
        <translation>hidden in the report</translation>
    </message>
    <message>
        <source>fecha del hito</source>
        <translation>milestone date</translation>
    </message>
    <message>
        <source>qué pasó</source>
        <translation>what happened</translation>
    </message>
    <message>
        <source>por qué importa</source>
        <translation>why it matters</translation>
    </message>
    <message>
        <source>recomendación</source>
        <translation>recommendation</translation>
    </message>
    <message>
        <source>condición</source>
        <translation>condition</translation>
    </message>
    <message>
        <source>factor de éxito</source>
        <translation>success factor</translation>
    </message>
    <message>
        <source>área</source>
        <translation>area</translation>
    </message>
    <message>
        <source>etiquetas</source>
        <translation>tags</translation>
    </message>
    <message>
        <source>qué continúa</source>
        <translation>what continues</translation>
    </message>
    <message>
        <source>quién lo financia</source>
        <translation>who funds it</translation>
    </message>
    <message>
        <source>dónde se inscribe</source>
        <translation>where it is anchored</translation>
    </message>
    <message>
        <source>tipo</source>
        <translation>type</translation>
    </message>
    <message>
        <source>dónde</source>
        <translation>where</translation>
    </message>
    <message>
        <source>con quién</source>
        <translation>with whom</translation>
    </message>
    <message>
        <source>qué se debe adaptar</source>
        <translation>what must be adapted</translation>
    </message>
    <message>
        <source>beneficio</source>
        <translation>benefit</translation>
    </message>
    <message>
        <source>evidencia</source>
        <translation>evidence</translation>
    </message>
    <message>
        <source>fecha en que se observó</source>
        <translation>date observed</translation>
    </message>
    <message>
        <source>sí</source>
        <translation>yes</translation>
    </message>
    <message>
        <source>no</source>
        <translation>no</translation>
    </message>
    <message>
        <source>{label}, versión {number}</source>
        <translation>{label}, version {number}</translation>
    </message>
    <message>
        <source>Asistencia de {name}</source>
        <translation>Attendance of {name}</translation>
    </message>
    <message>
        <source>Firma en pantalla de {name}</source>
        <translation>On-screen signature of {name}</translation>
    </message>
    <message>
        <source>Seguimiento del compromiso {name}</source>
        <translation>Follow-up of the commitment {name}</translation>
    </message>
    <message>
        <source>Fe de erratas No. {name}</source>
        <translation>Errata No. {name}</translation>
    </message>
    <message>
        <source>{label} a «{phase}» del {on}</source>
        <translation>{label} to «{phase}» on {on}</translation>
    </message>
    <message>
        <source>{label} a «{phase}»</source>
        <translation>{label} to «{phase}»</translation>
    </message>
    <message>
        <source>{label} del {on}</source>
        <translation>{label} of {on}</translation>
    </message>
    <message>
        <source>{label} de {name}</source>
        <translation>{label} of {name}</translation>
    </message>
    <message>
        <source>Sesión</source>
        <translation>Meeting</translation>
    </message>
    <message>
        <source>Sesión del {on}</source>
        <translation>Meeting of {on}</translation>
    </message>
    <message>
        <source>Sesión ordinaria</source>
        <translation>Ordinary meeting</translation>
    </message>
    <message>
        <source>Sesión ordinaria del {on}</source>
        <translation>Ordinary meeting of {on}</translation>
    </message>
    <message>
        <source>Sesión extraordinaria</source>
        <translation>Extraordinary meeting</translation>
    </message>
    <message>
        <source>Sesión extraordinaria del {on}</source>
        <translation>Extraordinary meeting of {on}</translation>
    </message>
    <message>
        <source>Acta No. {number}</source>
        <translation>Minutes No. {number}</translation>
    </message>
    <message>
        <source>fase {before} → {after}</source>
        <translation>phase {before} → {after}</translation>
    </message>
    <message>
        <source>{name} cerrada</source>
        <translation>{name} closed</translation>
    </message>
    <message>
        <source>{name} emitido</source>
        <translation>{name} issued</translation>
    </message>
    <message>
        <source>{name} firmado el {on}</source>
        <translation>{name} signed on {on}</translation>
    </message>
    <message>
        <source>{name} firmado</source>
        <translation>{name} signed</translation>
    </message>
    <message>
        <source>{name} firmada el {on}</source>
        <translation>{name} signed on {on}</translation>
    </message>
    <message>
        <source>{name} vuelve a la alianza</source>
        <translation>{name} rejoins the alliance</translation>
    </message>
    <message>
        <source>{name} retirado el {on} (motivo: {reason})</source>
        <translation>{name} withdrawn on {on} (reason: {reason})</translation>
    </message>
    <message>
        <source>{name} retirado el {on}</source>
        <translation>{name} withdrawn on {on}</translation>
    </message>
    <message>
        <source>{name} archivada</source>
        <translation>{name} archived</translation>
    </message>
    <message>
        <source>{name} restaurada</source>
        <translation>{name} restored</translation>
    </message>
    <message>
        <source>{name}: datos suprimidos</source>
        <translation>{name}: data erased</translation>
    </message>
    <message>
        <source>{name}: texto del borrador actualizado</source>
        <translation>{name}: draft text updated</translation>
    </message>
    <message>
        <source>{name}: texto del acta actualizado</source>
        <translation>{name}: minutes text updated</translation>
    </message>
    <message>
        <source>{name} creado</source>
        <translation>{name} created</translation>
    </message>
    <message>
        <source>{name} creada</source>
        <translation>{name} created</translation>
    </message>
    <message>
        <source>{name} borrado</source>
        <translation>{name} deleted</translation>
    </message>
    <message>
        <source>{name} borrada</source>
        <translation>{name} deleted</translation>
    </message>
    <message>
        <source>{name} actualizado</source>
        <translation>{name} updated</translation>
    </message>
    <message>
        <source>{name} actualizada</source>
        <translation>{name} updated</translation>
    </message>
    <message>
        <source>{convened} convocada ({name})</source>
        <translation>{convened} convened ({name})</translation>
    </message>
    <message>
        <source>{name} convocada</source>
        <translation>{name} convened</translation>
    </message>
    <message>
        <source>{name} agregado a la alianza</source>
        <translation>{name} added to the alliance</translation>
    </message>
</context>
<context>
    <name>salud</name>
    <message>
        <source>condiciones de alianza</source>
        <translation>alliance conditions</translation>
    </message>
    <message>
        <source>valores</source>
        <translation>values</translation>
    </message>
    <message>
        <source>factores clave de éxito</source>
        <translation>key success factors</translation>
    </message>
    <message>
        <source>Un compromiso vencido sin cumplir (el más antiguo venció el {date}).</source>
        <translation>One overdue commitment not fulfilled (due on {date}).</translation>
    </message>
    <message>
        <source>{n} compromisos vencidos sin cumplir (el más antiguo venció el {date}).</source>
        <translation>{n} overdue commitments not fulfilled (the oldest was due on {date}).</translation>
    </message>
    <message>
        <source>Un incidente crítico abierto en el registro de conflictos.</source>
        <translation>One open critical incident in the conflict register.</translation>
    </message>
    <message>
        <source>{n} incidentes críticos abiertos en el registro de conflictos.</source>
        <translation>{n} open critical incidents in the conflict register.</translation>
    </message>
    <message>
        <source>Un conflicto escalado sin resolver.</source>
        <translation>One escalated conflict not resolved.</translation>
    </message>
    <message>
        <source>{n} conflictos escalados sin resolver.</source>
        <translation>{n} escalated conflicts not resolved.</translation>
    </message>
    <message>
        <source>En la última evaluación del {date}, el promedio de {name} es {average} sobre 5.</source>
        <translation>In the latest evaluation, of {date}, the average for {name} is {average} out of 5.</translation>
    </message>
    <message>
        <source>En la última evaluación, el promedio de {name} es {average} sobre 5.</source>
        <translation>In the latest evaluation, the average for {name} is {average} out of 5.</translation>
    </message>
    <message>
        <source>{months} meses sin sesión con los socios (la última fue el {date}).</source>
        <translation>{months} months without a meeting with the partners (the last one was on {date}).</translation>
    </message>
    <message>
        <source>Ninguna sesión con los socios registrada en {months} meses (desde el inicio, el {date}).</source>
        <translation>No meeting with the partners recorded in {months} months (since the start, on {date}).</translation>
    </message>
    <message>
        <source>Una actividad del plan de trabajo atrasada.</source>
        <translation>One work plan activity behind schedule.</translation>
    </message>
    <message>
        <source>{n} actividades del plan de trabajo atrasadas.</source>
        <translation>{n} work plan activities behind schedule.</translation>
    </message>
    <message>
        <source>Sin alertas: ningún compromiso vencido, ningún incidente crítico abierto, sesiones recientes y plan al día.</source>
        <translation>No alerts: no overdue commitments, no open critical incidents, recent meetings and the plan up to date.</translation>
    </message>
</context>
<context>
    <name>vocabulary</name>
    <message>
        <source>Fundación</source>
        <translation>Founding</translation>
    </message>
    <message>
        <source>Acuerdo emitido</source>
        <translation>Agreement issued</translation>
    </message>
    <message>
        <source>Acuerdo firmado</source>
        <translation>Agreement signed</translation>
    </message>
    <message>
        <source>Cambio de fase</source>
        <translation>Phase change</translation>
    </message>
    <message>
        <source>Formalización</source>
        <translation>Formalisation</translation>
    </message>
    <message>
        <source>Sesión convocada</source>
        <translation>Meeting convened</translation>
    </message>
    <message>
        <source>Sesión realizada</source>
        <translation>Meeting held</translation>
    </message>
    <message>
        <source>Compromiso adquirido</source>
        <translation>Commitment made</translation>
    </message>
    <message>
        <source>Compromiso cumplido</source>
        <translation>Commitment fulfilled</translation>
    </message>
    <message>
        <source>Compromiso incumplido</source>
        <translation>Commitment not fulfilled</translation>
    </message>
    <message>
        <source>Retiro de un socio</source>
        <translation>A partner withdraws</translation>
    </message>
    <message>
        <source>Evaluación</source>
        <translation>Evaluation</translation>
    </message>
    <message>
        <source>Conflicto</source>
        <translation>Conflict</translation>
    </message>
    <message>
        <source>Conflicto resuelto</source>
        <translation>Conflict resolved</translation>
    </message>
    <message>
        <source>Sostenibilidad</source>
        <translation>Sustainability</translation>
    </message>
    <message>
        <source>Beneficio observado</source>
        <translation>Observed benefit</translation>
    </message>
    <message>
        <source>Hito</source>
        <translation>Milestone</translation>
    </message>
    <message>
        <source>Carta</source>
        <translation>Letter</translation>
    </message>
    <message>
        <source>A4</source>
        <translation>A4</translation>
    </message>
    <message>
        <source>Ordinaria</source>
        <translation>Ordinary</translation>
    </message>
    <message>
        <source>Extraordinaria</source>
        <translation>Extraordinary</translation>
    </message>
    <message>
        <source>Convocada</source>
        <translation>Convened</translation>
    </message>
    <message>
        <source>En curso</source>
        <translation>In progress</translation>
    </message>
    <message>
        <source>Cerrada</source>
        <translation>Closed</translation>
    </message>
    <message>
        <source>Nueva alianza (Nacimiento)</source>
        <translation>New alliance (Birth)</translation>
    </message>
    <message>
        <source>Sesión con socios</source>
        <translation>Meeting with partners</translation>
    </message>
    <message>
        <source>Puesta en marcha</source>
        <translation>Start-up</translation>
    </message>
    <message>
        <source>Revisión periódica (Consolidación)</source>
        <translation>Periodic review (Consolidation)</translation>
    </message>
    <message>
        <source>Proyección</source>
        <translation>Projection</translation>
    </message>
    <message>
        <source>Sistematización de la experiencia</source>
        <translation>Systematization of the experience</translation>
    </message>
    <message>
        <source>Convocado</source>
        <translation>Invited</translation>
    </message>
    <message>
        <source>Asistió</source>
        <translation>Attended</translation>
    </message>
    <message>
        <source>Ausente con excusa</source>
        <translation>Absent with apologies</translation>
    </message>
    <message>
        <source>Ausente sin excusa</source>
        <translation>Absent without apologies</translation>
    </message>
    <message>
        <source>Por escrito (formato firmado)</source>
        <translation>In writing (signed form)</translation>
    </message>
    <message>
        <source>En pantalla</source>
        <translation>On screen</translation>
    </message>
    <message>
        <source>Verbal, con testigo</source>
        <translation>Verbal, with a witness</translation>
    </message>
    <message>
        <source>Consulta</source>
        <translation>Query</translation>
    </message>
    <message>
        <source>Corrección o actualización</source>
        <translation>Correction or update</translation>
    </message>
    <message>
        <source>Supresión</source>
        <translation>Erasure</translation>
    </message>
    <message>
        <source>Revocatoria de la autorización</source>
        <translation>Revocation of the authorisation</translation>
    </message>
    <message>
        <source>Público</source>
        <translation>Public</translation>
    </message>
    <message>
        <source>Privado</source>
        <translation>Private</translation>
    </message>
    <message>
        <source>Sociedad civil</source>
        <translation>Civil society</translation>
    </message>
    <message>
        <source>Nacimiento</source>
        <translation>Birth</translation>
    </message>
    <message>
        <source>Consolidación y sostenibilidad</source>
        <translation>Consolidation and sustainability</translation>
    </message>
    <message>
        <source>Relaciones abiertas</source>
        <translation>Open relations</translation>
    </message>
    <message>
        <source>Socios activos</source>
        <translation>Active partners</translation>
    </message>
    <message>
        <source>Complementariedad en los aportes</source>
        <translation>Complementary contributions</translation>
    </message>
    <message>
        <source>Propósito común</source>
        <translation>Common purpose</translation>
    </message>
    <message>
        <source>Confianza</source>
        <translation>Trust</translation>
    </message>
    <message>
        <source>Respeto</source>
        <translation>Respect</translation>
    </message>
    <message>
        <source>Inclusión</source>
        <translation>Inclusion</translation>
    </message>
    <message>
        <source>Transparencia</source>
        <translation>Transparency</translation>
    </message>
    <message>
        <source>Responsabilidad compartida</source>
        <translation>Shared responsibility</translation>
    </message>
    <message>
        <source>Técnica</source>
        <translation>Technical</translation>
    </message>
    <message>
        <source>Política</source>
        <translation>Political</translation>
    </message>
    <message>
        <source>Ética</source>
        <translation>Ethical</translation>
    </message>
    <message>
        <source>Dinero</source>
        <translation>Money</translation>
    </message>
    <message>
        <source>Especie</source>
        <translation>In kind</translation>
    </message>
    <message>
        <source>Conocimiento técnico</source>
        <translation>Technical knowledge</translation>
    </message>
    <message>
        <source>Talento humano</source>
        <translation>Human talent</translation>
    </message>
    <message>
        <source>Respaldo político/institucional</source>
        <translation>Political/institutional backing</translation>
    </message>
    <message>
        <source>Otro</source>
        <translation>Other</translation>
    </message>
    <message>
        <source>Alta</source>
        <translation>High</translation>
    </message>
    <message>
        <source>Media</source>
        <translation>Medium</translation>
    </message>
    <message>
        <source>Baja</source>
        <translation>Low</translation>
    </message>
    <message>
        <source>Formal (constituida jurídicamente)</source>
        <translation>Formal (legally constituted)</translation>
    </message>
    <message>
        <source>Informal (sin constitución jurídica)</source>
        <translation>Informal (not legally constituted)</translation>
    </message>
    <message>
        <source>Simple</source>
        <translation>Simple</translation>
    </message>
    <message>
        <source>Compleja</source>
        <translation>Complex</translation>
    </message>
    <message>
        <source>Aspectos externos</source>
        <translation>External factors</translation>
    </message>
    <message>
        <source>Dificultades propias del trabajo en alianza</source>
        <translation>Difficulties inherent in working in alliance</translation>
    </message>
    <message>
        <source>Incidentes críticos</source>
        <translation>Critical incidents</translation>
    </message>
    <message>
        <source>Abierto</source>
        <translation>Open</translation>
    </message>
    <message>
        <source>En manejo</source>
        <translation>Being handled</translation>
    </message>
    <message>
        <source>Resuelto</source>
        <translation>Resolved</translation>
    </message>
    <message>
        <source>Escalado</source>
        <translation>Escalated</translation>
    </message>
    <message>
        <source>Diálogo directo</source>
        <translation>Direct dialogue</translation>
    </message>
    <message>
        <source>Comité de la alianza</source>
        <translation>Alliance committee</translation>
    </message>
    <message>
        <source>Mediación de un tercero</source>
        <translation>Third-party mediation</translation>
    </message>
    <message>
        <source>Reunión</source>
        <translation>Meeting</translation>
    </message>
    <message>
        <source>WhatsApp</source>
        <translation>WhatsApp</translation>
    </message>
    <message>
        <source>Correo electrónico</source>
        <translation>Email</translation>
    </message>
    <message>
        <source>Llamada</source>
        <translation>Phone call</translation>
    </message>
    <message>
        <source>Cartelera</source>
        <translation>Notice board</translation>
    </message>
    <message>
        <source>Coordinación</source>
        <translation>Coordination</translation>
    </message>
    <message>
        <source>Secretaría técnica</source>
        <translation>Technical secretariat</translation>
    </message>
    <message>
        <source>Tesorería</source>
        <translation>Treasury</translation>
    </message>
    <message>
        <source>Veeduría</source>
        <translation>Oversight</translation>
    </message>
    <message>
        <source>Pendiente</source>
        <translation>Pending</translation>
    </message>
    <message>
        <source>Cumplida</source>
        <translation>Done</translation>
    </message>
    <message>
        <source>Cancelada</source>
        <translation>Cancelled</translation>
    </message>
    <message>
        <source>Condiciones</source>
        <translation>Conditions</translation>
    </message>
    <message>
        <source>Valores</source>
        <translation>Values</translation>
    </message>
    <message>
        <source>Factores de éxito</source>
        <translation>Success factors</translation>
    </message>
    <message>
        <source>Fortalecer el tejido social</source>
        <translation>Strengthen the social fabric</translation>
    </message>
    <message>
        <source>Más recursos disponibles y mejor capacidad de respuesta institucional</source>
        <translation>More resources available and better institutional response capacity</translation>
    </message>
    <message>
        <source>Más garantías para la sostenibilidad de las iniciativas</source>
        <translation>More guarantees for the sustainability of the initiatives</translation>
    </message>
    <message>
        <source>Mejor aprendizaje social</source>
        <translation>Better social learning</translation>
    </message>
    <message>
        <source>Comprender y valorar la diversidad</source>
        <translation>Understand and value diversity</translation>
    </message>
    <message>
        <source>Política pública</source>
        <translation>Public policy</translation>
    </message>
    <message>
        <source>Plan de desarrollo municipal</source>
        <translation>Municipal development plan</translation>
    </message>
    <message>
        <source>Presupuesto público</source>
        <translation>Public budget</translation>
    </message>
    <message>
        <source>Las organizaciones socias</source>
        <translation>The partner organisations</translation>
    </message>
    <message>
        <source>Réplica</source>
        <translation>Replication</translation>
    </message>
    <message>
        <source>Escalamiento</source>
        <translation>Scaling up</translation>
    </message>
    <message>
        <source>Verde</source>
        <translation>Green</translation>
    </message>
    <message>
        <source>Amarillo</source>
        <translation>Yellow</translation>
    </message>
    <message>
        <source>Rojo</source>
        <translation>Red</translation>
    </message>
    <message>
        <source>Productividad agrícola o artesanal</source>
        <translation>Agricultural or craft productivity</translation>
    </message>
    <message>
        <source>Generación de empleo e ingresos</source>
        <translation>Job and income generation</translation>
    </message>
    <message>
        <source>Poblaciones específicas y servicios sociales</source>
        <translation>Specific populations and social services</translation>
    </message>
    <message>
        <source>Acceso a la justicia</source>
        <translation>Access to justice</translation>
    </message>
    <message>
        <source>Infraestructura de servicios públicos y vivienda</source>
        <translation>Public service infrastructure and housing</translation>
    </message>
    <message>
        <source>Desarrollo integral local</source>
        <translation>Integrated local development</translation>
    </message>
    <message>
        <source>Fomentar el intercambio de información</source>
        <translation>Encourage the exchange of information</translation>
    </message>
    <message>
        <source>Enfatizar las fortalezas de los socios</source>
        <translation>Emphasise the partners&apos; strengths</translation>
    </message>
    <message>
        <source>Hacer seguimiento</source>
        <translation>Follow up</translation>
    </message>
    <message>
        <source>Evaluar</source>
        <translation>Evaluate</translation>
    </message>
    <message>
        <source>Reflexionar sobre los procesos</source>
        <translation>Reflect on the processes</translation>
    </message>
    <message>
        <source>Manejar adecuadamente los conflictos</source>
        <translation>Handle conflicts properly</translation>
    </message>
    <message>
        <source>Lograr resultados tangibles</source>
        <translation>Achieve tangible results</translation>
    </message>
    <message>
        <source>Cumplido</source>
        <translation>Fulfilled</translation>
    </message>
    <message>
        <source>Incumplido</source>
        <translation>Not fulfilled</translation>
    </message>
    <message>
        <source>Cancelado</source>
        <translation>Cancelled</translation>
    </message>
    <message>
        <source>Borrador</source>
        <translation>Draft</translation>
    </message>
    <message>
        <source>Emitido</source>
        <translation>Issued</translation>
    </message>
    <message>
        <source>Firmado</source>
        <translation>Signed</translation>
    </message>
    <message>
        <source>Mejoramiento de la productividad agrícola o artesanal: asistencia técnica, acceso a mercados, asociatividad de productores.</source>
        <translation>Improving agricultural or craft productivity: technical assistance, access to markets, producer associations.</translation>
    </message>
    <message>
        <source>Generación de empleo e ingresos: emprendimientos, formación para el trabajo, encadenamientos productivos.</source>
        <translation>Job and income generation: enterprises, vocational training, productive linkages.</translation>
    </message>
    <message>
        <source>Programas especiales dirigidos a poblaciones específicas —niños, jóvenes, mujeres jefes de hogar— y mejoramiento de la calidad de los servicios sociales y de protección.</source>
        <translation>Special programmes aimed at specific populations —children, young people, women heads of household— and improving the quality of social and protection services.</translation>
    </message>
    <message>
        <source>Acceso a servicios de justicia por parte de los grupos más pobres a través de mecanismos alternativos de resolución de conflictos.</source>
        <translation>Access to justice services for the poorest groups through alternative dispute resolution mechanisms.</translation>
    </message>
    <message>
        <source>Reducción del déficit en la infraestructura de servicios públicos: escuelas, centros de salud, agua, alcantarillado y vivienda de interés social.</source>
        <translation>Reducing the shortfall in public service infrastructure: schools, health centres, water, sewerage and social housing.</translation>
    </message>
    <message>
        <source>Desarrollo integral local que combina dimensiones económicas, sociales y de protección del medio ambiente.</source>
        <translation>Integrated local development that combines economic, social and environmental protection dimensions.</translation>
    </message>
    <message>
        <source>Los socios se comunican con franqueza, comparten información y conocen los intereses de los demás.</source>
        <translation>The partners communicate frankly, share information and know one another&apos;s interests.</translation>
    </message>
    <message>
        <source>Cada socio participa en las decisiones y asume al menos un compromiso.</source>
        <translation>Each partner takes part in the decisions and takes on at least one commitment.</translation>
    </message>
    <message>
        <source>Los aportes de los socios se complementan: cada uno pone lo que los otros no tienen.</source>
        <translation>The partners&apos; contributions complement one another: each one provides what the others do not have.</translation>
    </message>
    <message>
        <source>Todos reconocen un mismo propósito, claro y compartido, que orienta la alianza.</source>
        <translation>Everyone recognises one and the same purpose, clear and shared, that guides the alliance.</translation>
    </message>
    <message>
        <source>Promueve el logro y la eficiencia.</source>
        <translation>Promotes achievement and efficiency.</translation>
    </message>
    <message>
        <source>Busca la negociación, la concertación y la definición del poder.</source>
        <translation>Seeks negotiation, agreement and the definition of power.</translation>
    </message>
    <message>
        <source>Se fundamenta en los valores y en la importancia de los procesos.</source>
        <translation>Is grounded in values and in the importance of processes.</translation>
    </message>
</context>
</TS>
