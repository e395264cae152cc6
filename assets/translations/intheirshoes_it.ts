<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="it" sourcelanguage="en">
<context>
    <name>AddTouchpointCard</name>
    <message>
        <source>Add a touchpoint</source>
        <translation>Aggiungi un punto di contatto</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Tappa</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nome</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Canale</translation>
    </message>
    <message>
        <source>Owning department</source>
        <translation>Reparto responsabile</translation>
    </message>
    <message>
        <source>Add touchpoint</source>
        <translation>Aggiungi punto di contatto</translation>
    </message>
</context>
<context>
    <name>BoardPack</name>
    <message>
        <source>%1 walks, %2 contacts</source>
        <translation>%1 visite, %2 contatti</translation>
    </message>
    <message>
        <source>Made on %1 from the summaries the leaders shared. Staff names never leave the devices.</source>
        <translation>Creato il %1 dai riepiloghi condivisi dai leader. I nomi del personale non lasciano mai i dispositivi.</translation>
    </message>
    <message>
        <source>NPS (−100 to 100)</source>
        <translation>NPS (da −100 a 100)</translation>
    </message>
    <message>
        <source>CSAT (share of 4–5)</source>
        <translation>CSAT (quota di 4–5)</translation>
    </message>
    <message>
        <source>CES mean (1–7)</source>
        <translation>CES medio (1–7)</translation>
    </message>
    <message>
        <source>CES share of 5–7</source>
        <translation>CES quota di 5–7</translation>
    </message>
    <message>
        <source>Would stay a customer</source>
        <translation>Resterebbe cliente</translation>
    </message>
    <message>
        <source>First-contact resolution</source>
        <translation>Risoluzione al primo contatto</translation>
    </message>
    <message>
        <source>Change against %1</source>
        <translation>Variazione rispetto a %1</translation>
    </message>
    <message>
        <source>Change, %1 against %2</source>
        <translation>Variazione, %1 rispetto a %2</translation>
    </message>
    <message>
        <source>Change against the previous period</source>
        <translation>Variazione rispetto al periodo precedente</translation>
    </message>
    <message>
        <source>Headline figures</source>
        <translation>Cifre principali</translation>
    </message>
    <message>
        <source>Figure</source>
        <translation>Indicatore</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valore</translation>
    </message>
    <message>
        <source>Answers</source>
        <translation>Risposte</translation>
    </message>
    <message>
        <source>95% interval</source>
        <translation>Intervallo al 95%</translation>
    </message>
    <message>
        <source>No CES figure: %1</source>
        <translation>Nessun valore CES: %1</translation>
    </message>
    <message>
        <source>A change is reported only when it is clear at 95%; otherwise the table says &quot;no clear change&quot;. Fewer than 30 answers are flagged &quot;too few to judge&quot;.</source>
        <translation>Una variazione è indicata solo quando è chiara al 95%; altrimenti la tabella dice &quot;nessuna variazione chiara&quot;. Meno di 30 risposte sono segnalate come &quot;troppo pochi per giudicare&quot;.</translation>
    </message>
    <message>
        <source>Top pain points</source>
        <translation>Principali punti critici</translation>
    </message>
    <message>
        <source>No pain points recorded.</source>
        <translation>Nessun punto critico registrato.</translation>
    </message>
    <message>
        <source>Pain point</source>
        <translation>Punto critico</translation>
    </message>
    <message>
        <source>Owning department</source>
        <translation>Reparto responsabile</translation>
    </message>
    <message>
        <source>Times (mean severity 1–3)</source>
        <translation>Volte (gravità media 1–3)</translation>
    </message>
    <message>
        <source>Walks</source>
        <translation>Visite</translation>
    </message>
    <message>
        <source>Trend (share of walks)</source>
        <translation>Tendenza (quota di visite)</translation>
    </message>
    <message>
        <source>Customer experience board pack</source>
        <translation>Report per il consiglio sull&apos;esperienza cliente</translation>
    </message>
    <message>
        <source>Participation</source>
        <translation>Partecipazione</translation>
    </message>
    <message>
        <source>Leader (roster label)</source>
        <translation>Leader (etichetta nell&apos;elenco)</translation>
    </message>
    <message>
        <source>Walks in the report</source>
        <translation>Visite nel report</translation>
    </message>
    <message>
        <source>Last walk</source>
        <translation>Ultima visita</translation>
    </message>
    <message>
        <source>not in 90 days</source>
        <translation>non da 90 giorni</translation>
    </message>
    <message>
        <source>The last %1 periods are shown; the total counts every period of the report.</source>
        <translation>Sono mostrati gli ultimi %1 periodi; il totale conta tutti i periodi del report.</translation>
    </message>
    <message>
        <source>Leaders who have not walked in 90 days</source>
        <translation>Leader che non hanno fatto visite negli ultimi 90 giorni</translation>
    </message>
    <message>
        <source>None: every leader walked.</source>
        <translation>Nessuno: tutti i leader hanno fatto visite.</translation>
    </message>
    <message>
        <source>Journeys nobody walked in the period</source>
        <translation>Journey che nessuno ha percorso nel periodo</translation>
    </message>
    <message>
        <source>None: every known journey was walked.</source>
        <translation>Nessuno: ogni journey noto è stato percorso.</translation>
    </message>
    <message>
        <source>Leaders walk their own company&apos;s journeys as customers and score each touchpoint on its promises: must-be criteria (a failure is a pain point) and delighters (a hit is a memorable moment).</source>
        <translation>I leader percorrono i journey della propria azienda come clienti e valutano ogni punto di contatto sulle sue promesse: requisiti di base (un mancato rispetto è un punto critico) ed elementi attrattivi (se presenti, un momento memorabile).</translation>
    </message>
    <message>
        <source>NPS is the share answering 9–10 minus the share answering 0–6, in points from −100 to 100. CSAT is the share answering 4 or 5 on 1–5. CES is the mean on 1–7 and the share answering 5–7. Would-stay and first-contact resolution are shares of the walks.</source>
        <translation>L&apos;NPS è la quota di risposte 9–10 meno la quota di risposte 0–6, in punti da −100 a 100. Il CSAT è la quota di risposte 4 o 5 su 1–5. Il CES è la media su 1–7 e la quota di risposte 5–7. &quot;Resterebbe cliente&quot; e la risoluzione al primo contatto sono quote delle visite.</translation>
    </message>
    <message>
        <source>Every figure pools all the answers of the period first and is then computed once: it is never an average of groups&apos; figures.</source>
        <translation>Ogni indicatore aggrega prima tutte le risposte del periodo e poi viene calcolato una volta sola: non è mai una media degli indicatori di gruppi.</translation>
    </message>
    <message>
        <source>The 95% interval is where the true figure most likely lies: Wilson intervals for shares, the variance of promoter minus detractor for NPS, the standard error for means.</source>
        <translation>L&apos;intervallo al 95% è dove si trova più probabilmente il valore vero: intervalli di Wilson per le quote, la varianza di promotore meno detrattore per l&apos;NPS, l&apos;errore standard per le medie.</translation>
    </message>
    <message>
        <source>A small sample is fewer than 30 answers: the figure is shown but flagged &quot;too few to judge&quot;, because a few more walks could move it a lot.</source>
        <translation>Un campione piccolo ha meno di 30 risposte: il valore è mostrato ma segnalato come &quot;troppo pochi per giudicare&quot;, perché poche visite in più potrebbero spostarlo molto.</translation>
    </message>
    <message>
        <source>A change against the previous period is called a change only when it is statistically clear at 95% (a two-sample z-test on the pooled answers); otherwise it is &quot;no clear change&quot;, so that nobody chases noise.</source>
        <translation>Una differenza rispetto al periodo precedente è detta variazione solo quando è statisticamente chiara al 95% (un test z a due campioni sulle risposte aggregate); altrimenti è &quot;nessuna variazione chiara&quot;, perché nessuno insegua il rumore.</translation>
    </message>
    <message>
        <source>Pain points are ranked by frequency × severity. Customer time is the median and the 90th percentile of the contacts, against the time the company promises (its SLA). Only the newest revision of each walk counts, once.</source>
        <translation>I punti critici sono ordinati per frequenza × gravità. Il tempo del cliente è la mediana e il 90° percentile dei contatti, rispetto al tempo promesso dall&apos;azienda (il suo SLA). Conta solo la revisione più recente di ogni visita, una volta.</translation>
    </message>
    <message>
        <source>Methodology and privacy</source>
        <translation>Metodologia e privacy</translation>
    </message>
    <message>
        <source>Privacy</source>
        <translation>Privacy</translation>
    </message>
    <message>
        <source>Staff names and private notes never leave the leaders&apos; devices: the summaries this report is made of do not contain them, so nothing here identifies a frontline person. Leaders appear by the label their device has in the review&apos;s roster; departments by their ids as they arrive.</source>
        <translation>I nomi del personale e le note private non lasciano mai i dispositivi dei leader: i riepiloghi da cui è fatto questo report non li contengono, quindi nulla qui identifica una persona a contatto con i clienti. I leader compaiono con l&apos;etichetta del loro dispositivo nell&apos;elenco della revisione; i reparti con i loro identificativi così come arrivano.</translation>
    </message>
    <message>
        <source>Not in the library&apos;s journey</source>
        <translation>Non nel journey della libreria</translation>
    </message>
    <message>
        <source>whole contact</source>
        <translation>intero contatto</translation>
    </message>
    <message>
        <source>Journey heat map</source>
        <translation>Mappa di calore dei journey</translation>
    </message>
    <message>
        <source>Pass rate: contacts with no failed must-be. ✓ 90% or more, ~ 70–90%, ✗ below 70%. Time: the median of the phase that misses its target most, ✓ within the target, ✗ over it.</source>
        <translation>Tasso di superamento: contatti senza requisiti di base mancati. ✓ 90% o più, ~ 70–90%, ✗ sotto il 70%. Tempo: la mediana della fase che manca di più il suo obiettivo, ✓ entro l&apos;obiettivo, ✗ oltre.</translation>
    </message>
    <message>
        <source>%1: %2 walks, %3 contacts</source>
        <translation>%1: %2 visite, %3 contatti</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Tappa</translation>
    </message>
    <message>
        <source>Touchpoint (department)</source>
        <translation>Punto di contatto (reparto)</translation>
    </message>
    <message>
        <source>Pass rate</source>
        <translation>Tasso di superamento</translation>
    </message>
    <message>
        <source>Mean score</source>
        <translation>Punteggio medio</translation>
    </message>
    <message>
        <source>Time against target</source>
        <translation>Tempo rispetto all&apos;obiettivo</translation>
    </message>
    <message>
        <source>Missed targets</source>
        <translation>Obiettivi mancati</translation>
    </message>
    <message>
        <source>Silo map</source>
        <translation>Mappa dei silos</translation>
    </message>
    <message>
        <source>No customer was handed between departments.</source>
        <translation>Nessun cliente è stato passato tra reparti.</translation>
    </message>
    <message>
        <source>Each cell: customers handed from the row&apos;s department to the column&apos;s, and in brackets the times they then had to repeat themselves. Darker cells carry more handoffs.</source>
        <translation>Ogni cella: clienti passati dal reparto della riga a quello della colonna e, tra parentesi, le volte in cui hanno poi dovuto ripetere le informazioni. Le celle più scure hanno più passaggi.</translation>
    </message>
    <message>
        <source>From \ to</source>
        <translation>Da \ a</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Da</translation>
    </message>
    <message>
        <source>To</source>
        <translation>A</translation>
    </message>
    <message>
        <source>Handoffs</source>
        <translation>Passaggi</translation>
    </message>
    <message>
        <source>Repeats after</source>
        <translation>Ripetizioni dopo</translation>
    </message>
    <message>
        <source>Customer time against promises</source>
        <translation>Tempo del cliente rispetto alle promesse</translation>
    </message>
    <message>
        <source>No touchpoint in these walks has a promised time.</source>
        <translation>Nessun punto di contatto in queste visite ha un tempo promesso.</translation>
    </message>
    <message>
        <source>Phases with a promised time (the SLA); the median and the 90th percentile of the contacts that spent time in them.</source>
        <translation>Fasi con un tempo promesso (lo SLA); la mediana e il 90° percentile dei contatti che vi hanno passato tempo.</translation>
    </message>
    <message>
        <source>Phase</source>
        <translation>Fase</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Contatti</translation>
    </message>
    <message>
        <source>Median against target</source>
        <translation>Mediana rispetto all&apos;obiettivo</translation>
    </message>
    <message>
        <source>90th percentile</source>
        <translation>90° percentile</translation>
    </message>
    <message>
        <source>Missed target</source>
        <translation>Obiettivo mancato</translation>
    </message>
    <message>
        <source>Based on %1 walks by %2 leaders (%3 contacts)</source>
        <translation>Basato su %1 visite di %2 leader (%3 contatti)</translation>
    </message>
    <message>
        <source>Made on %1 from the summaries the leaders shared</source>
        <translation>Creato il %1 dai riepiloghi condivisi dai leader</translation>
    </message>
    <message>
        <source>Staff names never leave the devices: the findings point at processes and departments, never at a person.</source>
        <translation>I nomi del personale non lasciano mai i dispositivi: i risultati indicano processi e reparti, mai una persona.</translation>
    </message>
</context>
<context>
    <name>CallAudioPolicy</name>
    <message>
        <source>The policy could not be read: %1</source>
        <translation>Impossibile leggere la regola: %1</translation>
    </message>
    <message>
        <source>The vault is locked.</source>
        <translation>La cassaforte è bloccata.</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>Non salvato: %1</translation>
    </message>
</context>
<context>
    <name>CameraCaptureDialog</name>
    <message>
        <source>No camera found. Choose or paste an image instead.</source>
        <translation>Nessuna fotocamera trovata. Scegli o incolla un&apos;immagine.</translation>
    </message>
    <message>
        <source>The camera could not be started (%1). Another app may be using it, or camera access is turned off for this app.</source>
        <translation>Impossibile avviare la fotocamera (%1). Forse un&apos;altra app la sta usando, o l&apos;accesso alla fotocamera è disattivato per questa app.</translation>
    </message>
    <message>
        <source>The photo could not be taken (%1).</source>
        <translation>Impossibile scattare la foto (%1).</translation>
    </message>
    <message>
        <source>Take a photo</source>
        <translation>Scatta una foto</translation>
    </message>
    <message>
        <source>Take photo</source>
        <translation>Scatta foto</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annulla</translation>
    </message>
    <message>
        <source>Cancel the photo</source>
        <translation>Annulla la foto</translation>
    </message>
</context>
<context>
    <name>ConsentDialog</name>
    <message>
        <source>Say this first</source>
        <translation>Prima di tutto, di&apos; questa frase</translation>
    </message>
    <message>
        <source>Say it aloud before recording. The contact&apos;s log notes that you said it, and when.</source>
        <translation>Dilla ad alta voce prima di registrare. Il registro del contatto annota che l&apos;hai detta, e quando.</translation>
    </message>
    <message>
        <source>I said it: start recording</source>
        <translation>L&apos;ho detta: avvia la registrazione</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annulla</translation>
    </message>
    <message>
        <source>Do not record the call</source>
        <translation>Non registrare la chiamata</translation>
    </message>
</context>
<context>
    <name>ContactController</name>
    <message>
        <source>The vault is locked.</source>
        <translation>La cassaforte è bloccata.</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>Non salvato: %1</translation>
    </message>
</context>
<context>
    <name>ContactPage</name>
    <message>
        <source>Time</source>
        <translation>Tempo</translation>
    </message>
    <message>
        <source>Score ⚠</source>
        <translation>Punteggio ⚠</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Punteggio</translation>
    </message>
    <message>
        <source>Evidence (%1)</source>
        <translation>Prove (%1)</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Prove</translation>
    </message>
    <message>
        <source>Photos and voice memos of this contact</source>
        <translation>Foto e memo vocali di questo contatto</translation>
    </message>
    <message>
        <source>Choose an image</source>
        <translation>Scegli un&apos;immagine</translation>
    </message>
    <message>
        <source>Images (*.jpg *.jpeg *.png *.webp *.bmp *.gif)</source>
        <translation>Immagini (*.jpg *.jpeg *.png *.webp *.bmp *.gif)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Tutti i file (*)</translation>
    </message>
    <message>
        <source>Call audio on speaker</source>
        <translation>Audio della chiamata in vivavoce</translation>
    </message>
</context>
<context>
    <name>CriterionScoreDelegate</name>
    <message>
        <source>Must-be failed: this is a pain point</source>
        <translation>Requisito di base mancato: è un punto critico</translation>
    </message>
    <message>
        <source>Delighter met: a memorable moment</source>
        <translation>Elemento attrattivo presente: un momento memorabile</translation>
    </message>
    <message>
        <source>Must-be (baseline expectation)</source>
        <translation>Requisito di base (aspettativa minima)</translation>
    </message>
    <message>
        <source>Delighter</source>
        <translation>Attrattivo</translation>
    </message>
    <message>
        <source>N/A</source>
        <translation>Non pert.</translation>
    </message>
    <message>
        <source>Not applicable: %1</source>
        <translation>Non applicabile: %1</translation>
    </message>
    <message>
        <source>Score %1 of 5: %2</source>
        <translation>Punteggio %1 su 5: %2</translation>
    </message>
</context>
<context>
    <name>DepartmentBrief</name>
    <message>
        <source>Theme</source>
        <translation>Tema</translation>
    </message>
    <message>
        <source>Times</source>
        <translation>Volte</translation>
    </message>
    <message>
        <source>Mean severity (1–3)</source>
        <translation>Gravità media (1–3)</translation>
    </message>
    <message>
        <source>Walks</source>
        <translation>Visite</translation>
    </message>
    <message>
        <source>Touchpoints the department owns</source>
        <translation>Punti di contatto del reparto</translation>
    </message>
    <message>
        <source>None of its touchpoints was walked in the period.</source>
        <translation>Nessuno dei suoi punti di contatto è stato visitato nel periodo.</translation>
    </message>
    <message>
        <source>Touchpoint (journey)</source>
        <translation>Punto di contatto (journey)</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Contatti</translation>
    </message>
    <message>
        <source>Pass rate</source>
        <translation>Tasso di superamento</translation>
    </message>
    <message>
        <source>Most failed must-be criteria</source>
        <translation>Requisiti di base più mancati</translation>
    </message>
    <message>
        <source>What the leaders noted</source>
        <translation>Cosa hanno annotato i leader</translation>
    </message>
    <message>
        <source>Handoffs</source>
        <translation>Passaggi</translation>
    </message>
    <message>
        <source>Handed to other departments</source>
        <translation>Passati ad altri reparti</translation>
    </message>
    <message>
        <source>Received from other departments</source>
        <translation>Ricevuti da altri reparti</translation>
    </message>
    <message>
        <source>Department brief: %1</source>
        <translation>Scheda del reparto: %1</translation>
    </message>
    <message>
        <source>In brief</source>
        <translation>In breve</translation>
    </message>
    <message>
        <source>Pain points</source>
        <translation>Punti critici</translation>
    </message>
    <message>
        <source>Memorable moments</source>
        <translation>Momenti memorabili</translation>
    </message>
    <message>
        <source>Handoffs out</source>
        <translation>Passaggi in uscita</translation>
    </message>
    <message>
        <source>Handoffs in</source>
        <translation>Passaggi in entrata</translation>
    </message>
    <message>
        <source>Pain points by frequency × severity</source>
        <translation>Punti critici per frequenza × gravità</translation>
    </message>
    <message>
        <source>No pain points recorded.</source>
        <translation>Nessun punto critico registrato.</translation>
    </message>
    <message>
        <source>No memorable moments recorded.</source>
        <translation>Nessun momento memorabile registrato.</translation>
    </message>
    <message>
        <source>The customers&apos; figures are those of the walks this department took part in. Staff names never leave the devices: nothing here identifies a frontline person.</source>
        <translation>Gli indicatori dei clienti sono quelli delle visite a cui ha partecipato questo reparto. I nomi del personale non lasciano mai i dispositivi: nulla qui identifica una persona a contatto con i clienti.</translation>
    </message>
</context>
<context>
    <name>DeviceUnlock</name>
    <message>
        <source>This device could not provide the passphrase (%1). Enter it instead.</source>
        <translation>Questo dispositivo non ha potuto fornire la passphrase (%1). Inseriscila a mano.</translation>
    </message>
    <message>
        <source>The passphrase could not be kept on this device: %1</source>
        <translation>Non è stato possibile conservare la passphrase su questo dispositivo: %1</translation>
    </message>
</context>
<context>
    <name>EmotionCurveCard</name>
    <message>
        <source>Emotion curve: peak at %1, lowest at %2, end at %3</source>
        <translation>Curva emotiva: picco a %1, minimo a %2, fine a %3</translation>
    </message>
    <message>
        <source>none</source>
        <translation>nessuno</translation>
    </message>
    <message>
        <source>Emotion curve</source>
        <translation>Curva emotiva</translation>
    </message>
    <message>
        <source>No contacts recorded yet.</source>
        <translation>Nessun contatto registrato finora.</translation>
    </message>
    <message>
        <source>Peak</source>
        <translation>Picco</translation>
    </message>
    <message>
        <source>Lowest</source>
        <translation>Minimo</translation>
    </message>
    <message>
        <source>End</source>
        <translation>Fine</translation>
    </message>
    <message>
        <source>Peak: %1 · Lowest: %2 · End: %3</source>
        <translation>Picco: %1 · Minimo: %2 · Fine: %3</translation>
    </message>
</context>
<context>
    <name>EvidenceCapture</name>
    <message>
        <source>There is no walk to add this to.</source>
        <translation>Non c&apos;è un percorso a cui aggiungerlo.</translation>
    </message>
    <message>
        <source>The vault is locked.</source>
        <translation>La cassaforte è bloccata.</translation>
    </message>
    <message>
        <source>The file could not be opened (%1). Nothing was added.</source>
        <translation>Impossibile aprire il file (%1). Non è stato aggiunto nulla.</translation>
    </message>
    <message>
        <source>The clipboard holds no picture. Copy a screenshot or an image first.</source>
        <translation>Negli appunti non c&apos;è un&apos;immagine. Copia prima uno screenshot o un&apos;immagine.</translation>
    </message>
    <message>
        <source>Start the contact first: the consent is noted in its log.</source>
        <translation>Avvia prima il contatto: il consenso viene annotato nel suo registro.</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>Non salvato: %1</translation>
    </message>
</context>
<context>
    <name>EvidenceCard</name>
    <message>
        <source>Evidence</source>
        <translation>Prove</translation>
    </message>
    <message>
        <source>No photos or voice memos.</source>
        <translation>Nessuna foto né memo vocale.</translation>
    </message>
    <message numerus="yes">
        <source>%n photo(s)</source>
        <translation>
            <numerusform>%n foto</numerusform>
            <numerusform>%n foto</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n voice memo(s)</source>
        <translation>
            <numerusform>%n memo vocale</numerusform>
            <numerusform>%n memo vocali</numerusform>
        </translation>
    </message>
    <message>
        <source>They stay on this device; only a photo you share travels, as a smaller copy sealed with the summary.</source>
        <translation>Restano su questo dispositivo; viaggia solo una foto che condividi, in copia ridotta e sigillata con il riepilogo.</translation>
    </message>
</context>
<context>
    <name>EvidenceDeleteDialog</name>
    <message>
        <source>Delete this voice memo?</source>
        <translation>Eliminare questo memo vocale?</translation>
    </message>
    <message>
        <source>Delete this photo?</source>
        <translation>Eliminare questa foto?</translation>
    </message>
    <message>
        <source>It is removed from this device&apos;s vault for good. It cannot be undone.</source>
        <translation>Viene tolto per sempre dalla cassaforte di questo dispositivo. Non si può annullare.</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Elimina</translation>
    </message>
    <message>
        <source>Keep it</source>
        <translation>Tienilo</translation>
    </message>
</context>
<context>
    <name>EvidenceItemDelegate</name>
    <message>
        <source>Photo</source>
        <translation>Foto</translation>
    </message>
    <message>
        <source>Voice memo</source>
        <translation>Memo vocale</translation>
    </message>
    <message>
        <source>Pause the voice memo</source>
        <translation>Metti in pausa il memo vocale</translation>
    </message>
    <message>
        <source>Play the voice memo</source>
        <translation>Riproduci il memo vocale</translation>
    </message>
    <message>
        <source>Photo without caption</source>
        <translation>Foto senza didascalia</translation>
    </message>
    <message>
        <source>Voice memo without caption</source>
        <translation>Memo vocale senza didascalia</translation>
    </message>
    <message>
        <source>at %1 into the contact</source>
        <translation>a %1 dall&apos;inizio del contatto</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 di %2</translation>
    </message>
    <message>
        <source>length %1</source>
        <translation>durata %1</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Elimina</translation>
    </message>
    <message>
        <source>Delete this photo</source>
        <translation>Elimina questa foto</translation>
    </message>
    <message>
        <source>Delete this voice memo</source>
        <translation>Elimina questo memo vocale</translation>
    </message>
    <message>
        <source>Make private</source>
        <translation>Rendi privata</translation>
    </message>
    <message>
        <source>Share with the review</source>
        <translation>Condividi con la revisione</translation>
    </message>
    <message>
        <source>Make this photo private</source>
        <translation>Rendi privata questa foto</translation>
    </message>
    <message>
        <source>Share this photo with the review</source>
        <translation>Condividi questa foto con la revisione</translation>
    </message>
    <message>
        <source>Shared with the review</source>
        <translation>Condivisa con la revisione</translation>
    </message>
    <message>
        <source>Private: stays on this device</source>
        <translation>Privata: resta su questo dispositivo</translation>
    </message>
</context>
<context>
    <name>EvidenceListModel</name>
    <message>
        <source>The evidence could not be read: %1</source>
        <translation>Impossibile leggere le prove: %1</translation>
    </message>
    <message>
        <source>The vault is locked.</source>
        <translation>La cassaforte è bloccata.</translation>
    </message>
    <message>
        <source>Not deleted: %1</source>
        <translation>Non eliminato: %1</translation>
    </message>
</context>
<context>
    <name>EvidencePlayer</name>
    <message>
        <source>The voice memo cannot be played: %1</source>
        <translation>Impossibile riprodurre il memo vocale: %1</translation>
    </message>
    <message>
        <source>The vault is locked.</source>
        <translation>La cassaforte è bloccata.</translation>
    </message>
</context>
<context>
    <name>EvidenceShareDialog</name>
    <message>
        <source>Share this photo with the review?</source>
        <translation>Condividere questa foto con la revisione?</translation>
    </message>
    <message>
        <source>What goes to the review: a smaller copy of this photo and its caption, sealed with the walk&apos;s summary. The original stays on this device.</source>
        <translation>Cosa arriva alla revisione: una copia più piccola di questa foto e la sua didascalia, sigillate con il riepilogo della visita. L&apos;originale resta su questo dispositivo.</translation>
    </message>
    <message>
        <source>Caption: %1</source>
        <translation>Didascalia: %1</translation>
    </message>
    <message>
        <source>This photo has no caption.</source>
        <translation>Questa foto non ha didascalia.</translation>
    </message>
    <message>
        <source>I checked: no faces and no names are visible, in the photo or its caption</source>
        <translation>Ho controllato: nessun volto e nessun nome è visibile, né nella foto né nella didascalia</translation>
    </message>
    <message>
        <source>Share with the review</source>
        <translation>Condividi con la revisione</translation>
    </message>
    <message>
        <source>Keep it private</source>
        <translation>Tienila privata</translation>
    </message>
</context>
<context>
    <name>EvidenceSheet</name>
    <message>
        <source>Evidence</source>
        <translation>Prove</translation>
    </message>
    <message>
        <source>Caption</source>
        <translation>Didascalia</translation>
    </message>
    <message>
        <source>What does it show? (optional)</source>
        <translation>Che cosa mostra? (facoltativo)</translation>
    </message>
    <message>
        <source>Photo</source>
        <translation>Foto</translation>
    </message>
    <message>
        <source>No camera found: choose or paste an image instead.</source>
        <translation>Nessuna fotocamera trovata: scegli o incolla un&apos;immagine.</translation>
    </message>
    <message>
        <source>No camera found.</source>
        <translation>Nessuna fotocamera trovata.</translation>
    </message>
    <message>
        <source>Take photo</source>
        <translation>Scatta foto</translation>
    </message>
    <message>
        <source>Choose image…</source>
        <translation>Scegli immagine…</translation>
    </message>
    <message>
        <source>Choose an image file</source>
        <translation>Scegli un file immagine</translation>
    </message>
    <message>
        <source>Paste image</source>
        <translation>Incolla immagine</translation>
    </message>
    <message>
        <source>Voice memo</source>
        <translation>Memo vocale</translation>
    </message>
    <message>
        <source>Record a voice memo</source>
        <translation>Registra un memo vocale</translation>
    </message>
    <message>
        <source>On this contact: %1</source>
        <translation>In questo contatto: %1</translation>
    </message>
    <message>
        <source>Nothing yet. Photos and memos stay on this device, encrypted.</source>
        <translation>Ancora niente. Foto e memo restano cifrati su questo dispositivo.</translation>
    </message>
    <message>
        <source>Record the call on speaker…</source>
        <translation>Registra la chiamata in vivavoce…</translation>
    </message>
    <message>
        <source>Record the call audio on speaker, after saying the consent sentence</source>
        <translation>Registra l&apos;audio della chiamata in vivavoce, dopo aver detto la frase di consenso</translation>
    </message>
</context>
<context>
    <name>FinishWalkDialog</name>
    <message>
        <source>Finish the walk?</source>
        <translation>Concludere la visita?</translation>
    </message>
    <message numerus="yes">
        <source>%n of %1 touchpoints not visited. They will count as not walked.</source>
        <translation>
            <numerusform>%n punto di contatto su %1 non visitato. Conterà come non percorso.</numerusform>
            <numerusform>%n punti di contatto su %1 non visitati. Conteranno come non percorsi.</numerusform>
        </translation>
    </message>
    <message>
        <source>Keep walking</source>
        <translation>Continua la visita</translation>
    </message>
    <message>
        <source>Finish anyway</source>
        <translation>Concludi comunque</translation>
    </message>
</context>
<context>
    <name>FirstRunPage</name>
    <message>
        <source>Welcome</source>
        <translation>Benvenuto</translation>
    </message>
    <message>
        <source>Step %1 of 3</source>
        <translation>Passo %1 di 3</translation>
    </message>
    <message>
        <source>Welcome to InTheirShoes</source>
        <translation>Benvenuto in InTheirShoes</translation>
    </message>
    <message>
        <source>Protect your observations</source>
        <translation>Proteggi le tue osservazioni</translation>
    </message>
    <message>
        <source>Your recovery code</source>
        <translation>Il tuo codice di recupero</translation>
    </message>
    <message>
        <source>Walk your company&apos;s customer journeys as a customer would, and record what you find. Everything stays encrypted on this device.</source>
        <translation>Percorri i customer journey della tua azienda come farebbe un cliente e annota ciò che trovi. Tutto resta cifrato su questo dispositivo.</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Lingua</translation>
    </message>
    <message>
        <source>Follow the system</source>
        <translation>Come il sistema</translation>
    </message>
    <message>
        <source>Italiano</source>
        <translation>Italiano</translation>
    </message>
    <message>
        <source>English</source>
        <translation>English</translation>
    </message>
    <message>
        <source>Your role</source>
        <translation>Il tuo ruolo</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>Continua</translation>
    </message>
    <message>
        <source>Choose a passphrase only you know. Four or more unrelated words are easy to remember and hard to guess. Nobody can reset it for you.</source>
        <translation>Scegli una passphrase che conosci solo tu. Quattro o più parole scollegate tra loro si ricordano facilmente e sono difficili da indovinare. Nessuno potrà reimpostarla al posto tuo.</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Passphrase</translation>
    </message>
    <message>
        <source>Repeat the passphrase</source>
        <translation>Ripeti la passphrase</translation>
    </message>
    <message>
        <source>The two passphrases differ.</source>
        <translation>Le due passphrase non coincidono.</translation>
    </message>
    <message>
        <source>Creating the vault…</source>
        <translation>Creazione della cassaforte…</translation>
    </message>
    <message>
        <source>Create the vault</source>
        <translation>Crea la cassaforte</translation>
    </message>
    <message>
        <source>Working</source>
        <translation>Operazione in corso</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Indietro</translation>
    </message>
    <message>
        <source>Executive</source>
        <translation>Manager</translation>
    </message>
    <message>
        <source>CCO review</source>
        <translation>Revisione CCO</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>Team</translation>
    </message>
    <message>
        <source>As the CCO you set up the review circle and read the summaries your executives send. You can walk journeys too.</source>
        <translation>Come CCO configuri la cerchia di revisione e leggi i riepiloghi che ti inviano i manager. Puoi anche percorrere i journey.</translation>
    </message>
    <message>
        <source>As an executive you walk journeys and record them. The team role comes in a later version.</source>
        <translation>Come manager percorri i journey e li registri. Il ruolo di team arriverà in una versione successiva.</translation>
    </message>
</context>
<context>
    <name>HandoffDialog</name>
    <message>
        <source>Handed to which department?</source>
        <translation>A quale reparto sei stato passato?</translation>
    </message>
    <message>
        <source>Another department</source>
        <translation>Un altro reparto</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>Hand over to %1</source>
        <translation>Passaggio a %1</translation>
    </message>
</context>
<context>
    <name>HistoryPage</name>
    <message>
        <source>Walks</source>
        <translation>Visite</translation>
    </message>
    <message>
        <source>Export the walk (private backup)</source>
        <translation>Esporta la visita (backup privato)</translation>
    </message>
    <message>
        <source>Export the summary</source>
        <translation>Esporta il riepilogo</translation>
    </message>
    <message>
        <source>JSON files (*.json)</source>
        <translation>File JSON (*.json)</translation>
    </message>
    <message>
        <source>Saved to %1</source>
        <translation>Salvato in %1</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Tutte</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>In corso</translation>
    </message>
    <message>
        <source>Finished</source>
        <translation>Concluse</translation>
    </message>
    <message>
        <source>Any date</source>
        <translation>Qualsiasi data</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation>Ultimi 7 giorni</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>Ultimi 30 giorni</translation>
    </message>
    <message>
        <source>All sectors</source>
        <translation>Tutti i settori</translation>
    </message>
    <message>
        <source>Sector</source>
        <translation>Settore</translation>
    </message>
    <message>
        <source>No walks yet. Start one from the journey library.</source>
        <translation>Nessuna visita finora. Iniziane una dalla libreria dei journey.</translation>
    </message>
</context>
<context>
    <name>HomePage</name>
    <message>
        <source>Journey library</source>
        <translation>Libreria dei journey</translation>
    </message>
    <message>
        <source>Walks</source>
        <translation>Visite</translation>
    </message>
    <message>
        <source>Pending waits</source>
        <translation>Attese in corso</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Impostazioni</translation>
    </message>
    <message>
        <source>Library</source>
        <translation>Libreria</translation>
    </message>
    <message>
        <source>Waits</source>
        <translation>Attese</translation>
    </message>
    <message>
        <source>InTheirShoes</source>
        <translation>InTheirShoes</translation>
    </message>
    <message>
        <source>Lock (Ctrl+L)</source>
        <translation>Blocca (Ctrl+L)</translation>
    </message>
    <message>
        <source>Lock the vault</source>
        <translation>Blocca la cassaforte</translation>
    </message>
    <message>
        <source>Review circle</source>
        <translation>Cerchia di revisione</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>Revisione</translation>
    </message>
    <message numerus="yes">
        <source>%n overdue</source>
        <translation>
            <numerusform>%n in ritardo</numerusform>
            <numerusform>%n in ritardo</numerusform>
        </translation>
    </message>
    <message>
        <source>Show waits</source>
        <translation>Mostra le attese</translation>
    </message>
    <message>
        <source>Show the pending waits</source>
        <translation>Mostra le attese in corso</translation>
    </message>
    <message numerus="yes">
        <source>%n request(s) waiting</source>
        <translation>
            <numerusform>%n richiesta in attesa</numerusform>
            <numerusform>%n richieste in attesa</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ItsDialog</name>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annulla</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Chiudi</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Sì</translation>
    </message>
    <message>
        <source>No</source>
        <translation>No</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Salva</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Scarta</translation>
    </message>
</context>
<context>
    <name>ItsStrengthMeter</name>
    <message>
        <source>Passphrase strength: %1</source>
        <translation>Robustezza della passphrase: %1</translation>
    </message>
</context>
<context>
    <name>ItsToolBar</name>
    <message>
        <source>Back</source>
        <translation>Indietro</translation>
    </message>
</context>
<context>
    <name>JourneyPreviewPage</name>
    <message>
        <source>Journey</source>
        <translation>Journey</translation>
    </message>
    <message>
        <source>Walk as persona</source>
        <translation>Visita nei panni di</translation>
    </message>
    <message>
        <source>Start walk</source>
        <translation>Inizia la visita</translation>
    </message>
    <message>
        <source>Start a walk of this journey</source>
        <translation>Inizia una visita di questo journey</translation>
    </message>
    <message>
        <source>Duplicate and edit</source>
        <translation>Duplica e modifica</translation>
    </message>
    <message numerus="yes">
        <source>%n touchpoint(s) in %1 stage(s)</source>
        <translation>
            <numerusform>%n punto di contatto in %1 tappe</numerusform>
            <numerusform>%n punti di contatto in %1 tappe</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LibraryFilterBar</name>
    <message>
        <source>All sectors</source>
        <translation>Tutti i settori</translation>
    </message>
    <message>
        <source>All channels</source>
        <translation>Tutti i canali</translation>
    </message>
</context>
<context>
    <name>LibraryPage</name>
    <message>
        <source>Journey library</source>
        <translation>Libreria dei journey</translation>
    </message>
    <message>
        <source>Import…</source>
        <translation>Importa…</translation>
    </message>
    <message>
        <source>Import a journey template file</source>
        <translation>Importa un file di modello di journey</translation>
    </message>
    <message>
        <source>Import a journey template</source>
        <translation>Importa un modello di journey</translation>
    </message>
    <message>
        <source>Journey templates (*.json)</source>
        <translation>Modelli di journey (*.json)</translation>
    </message>
    <message>
        <source>Search journeys</source>
        <translation>Cerca journey</translation>
    </message>
    <message>
        <source>No journeys yet. Import a template file to begin.</source>
        <translation>Nessun journey finora. Importa un file di modello per iniziare.</translation>
    </message>
    <message>
        <source>No journey matches these filters.</source>
        <translation>Nessun journey corrisponde a questi filtri.</translation>
    </message>
</context>
<context>
    <name>Main</name>
    <message>
        <source>InTheirShoes</source>
        <translation>InTheirShoes</translation>
    </message>
</context>
<context>
    <name>MemoPanel</name>
    <message>
        <source>Paused</source>
        <translation>In pausa</translation>
    </message>
    <message>
        <source>Recording…</source>
        <translation>Registrazione…</translation>
    </message>
    <message>
        <source>Microphone level</source>
        <translation>Livello del microfono</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>Riprendi</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Pausa</translation>
    </message>
    <message>
        <source>Stop and save</source>
        <translation>Ferma e salva</translation>
    </message>
    <message>
        <source>Saving the voice memo into the vault…</source>
        <translation>Salvataggio del memo vocale nella cassaforte…</translation>
    </message>
    <message>
        <source>Save again</source>
        <translation>Salva di nuovo</translation>
    </message>
    <message>
        <source>Discard the memo</source>
        <translation>Scarta il memo</translation>
    </message>
    <message>
        <source>Starting the microphone…</source>
        <translation>Avvio del microfono…</translation>
    </message>
</context>
<context>
    <name>MemoRecorder</name>
    <message>
        <source>No microphone found. Connect one and try again, or write what you heard in the note.</source>
        <translation>Nessun microfono trovato. Collegane uno e riprova, oppure scrivi nella nota ciò che hai sentito.</translation>
    </message>
    <message>
        <source>Voice memos cannot be recorded on this device yet.</source>
        <translation>Su questo dispositivo non si possono ancora registrare memo vocali.</translation>
    </message>
    <message>
        <source>Microphone access is off for this app. Allow it in the system settings, then try again.</source>
        <translation>L&apos;accesso al microfono è disattivato per questa app. Consentilo nelle impostazioni di sistema, poi riprova.</translation>
    </message>
    <message>
        <source>There is no walk to add this to.</source>
        <translation>Non c&apos;è un percorso a cui aggiungerlo.</translation>
    </message>
    <message>
        <source>%1 If the microphone is in use by another app or its access is turned off, free it or allow it, then try again.</source>
        <translation>%1 Se il microfono è usato da un&apos;altra app o il suo accesso è disattivato, liberalo o consentilo, poi riprova.</translation>
    </message>
</context>
<context>
    <name>MomentCard</name>
    <message>
        <source>Moment</source>
        <translation>Momento</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>Tema</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Gravità</translation>
    </message>
    <message>
        <source>Impact</source>
        <translation>Impatto</translation>
    </message>
    <message>
        <source>It counts once you choose a theme and a severity.</source>
        <translation>Conta quando scegli un tema e una gravità.</translation>
    </message>
    <message>
        <source>Department responsible</source>
        <translation>Reparto responsabile</translation>
    </message>
</context>
<context>
    <name>MomentDelegate</name>
    <message>
        <source>Pain point</source>
        <translation>Punto critico</translation>
    </message>
    <message>
        <source>Memorable moment</source>
        <translation>Momento memorabile</translation>
    </message>
</context>
<context>
    <name>ObservationEditor</name>
    <message>
        <source>Start the contact before scoring it.</source>
        <translation>Avvia il contatto prima di valutarlo.</translation>
    </message>
    <message>
        <source>Score not saved: %1</source>
        <translation>Punteggio non salvato: %1</translation>
    </message>
</context>
<context>
    <name>OutboxCard</name>
    <message>
        <source>Queued</source>
        <translation>In coda</translation>
    </message>
    <message>
        <source>Uploading</source>
        <translation>Invio in corso</translation>
    </message>
    <message>
        <source>Synced</source>
        <translation>Sincronizzato</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Non riuscito</translation>
    </message>
    <message>
        <source>Summaries sent</source>
        <translation>Riepiloghi inviati</translation>
    </message>
    <message>
        <source>Syncing…</source>
        <translation>Sincronizzazione…</translation>
    </message>
    <message>
        <source>Sync now</source>
        <translation>Sincronizza ora</translation>
    </message>
    <message>
        <source>Send finished walks&apos; summaries now</source>
        <translation>Invia ora i riepiloghi delle visite concluse</translation>
    </message>
    <message>
        <source>Synced %1, failed %2</source>
        <translation>Sincronizzati %1, non riusciti %2</translation>
    </message>
    <message>
        <source>Nothing sent yet. Finished walks are sent when you sync.</source>
        <translation type="vanished">Ancora niente di inviato. Le visite concluse vengono inviate quando sincronizzi.</translation>
    </message>
    <message>
        <source>Walk %1</source>
        <translation>Visita %1</translation>
    </message>
    <message>
        <source>revision %1</source>
        <translation>revisione %1</translation>
    </message>
    <message>
        <source>%1 (attempt %2, retried automatically)</source>
        <translation>%1 (tentativo %2, ritentato automaticamente)</translation>
    </message>
    <message>
        <source>Nothing sent yet. Each walk&apos;s summary is sent in the background as soon as you finish the walk, while the app is unlocked; “Sync now” sends anything still waiting at once.</source>
        <translation>Ancora niente di inviato. Il riepilogo di ogni visita parte da solo, in background, appena concludi la visita, mentre l&apos;app è sbloccata; «Sincronizza ora» invia subito ciò che è ancora in attesa.</translation>
    </message>
</context>
<context>
    <name>OutboxModel</name>
    <message>
        <source>Cannot read the outbox: %1</source>
        <translation>Impossibile leggere la coda di invio: %1</translation>
    </message>
    <message>
        <source>Cannot queue the finished walks: %1</source>
        <translation>Impossibile mettere in coda le visite concluse: %1</translation>
    </message>
    <message>
        <source>The vault is locked.</source>
        <translation>La cassaforte è bloccata.</translation>
    </message>
    <message>
        <source>Join a review circle first.</source>
        <translation>Prima entra in una cerchia di revisione.</translation>
    </message>
    <message>
        <source>Sync failed, the summaries stay queued: %1</source>
        <translation>Sincronizzazione non riuscita, i riepiloghi restano in coda: %1</translation>
    </message>
    <message>
        <source>Some uploads failed; they are retried later.</source>
        <translation>Alcuni invii non sono riusciti: verranno ritentati più tardi.</translation>
    </message>
    <message>
        <source>The vault was locked; the summaries stay queued.</source>
        <translation>La cassaforte è stata bloccata; i riepiloghi restano in coda.</translation>
    </message>
</context>
<context>
    <name>OutcomeDialog</name>
    <message>
        <source>How did it end?</source>
        <translation>Com&apos;è finita?</translation>
    </message>
</context>
<context>
    <name>PassphraseMeter</name>
    <message>
        <source>Very weak</source>
        <translation>Molto debole</translation>
    </message>
    <message>
        <source>Weak</source>
        <translation>Debole</translation>
    </message>
    <message>
        <source>Fair</source>
        <translation>Discreta</translation>
    </message>
    <message>
        <source>Good</source>
        <translation>Buona</translation>
    </message>
    <message>
        <source>Strong</source>
        <translation>Robusta</translation>
    </message>
    <message>
        <source>This is one of the most used passwords: pick something else.</source>
        <translation>È una delle password più usate: scegline un&apos;altra.</translation>
    </message>
    <message>
        <source>Avoid repeating the same character.</source>
        <translation>Evita di ripetere lo stesso carattere.</translation>
    </message>
    <message>
        <source>Avoid sequences such as 1234 or abcd.</source>
        <translation>Evita sequenze come 1234 o abcd.</translation>
    </message>
    <message>
        <source>Longer is stronger: try four unrelated words.</source>
        <translation>Più è lunga, più è robusta: prova con quattro parole scollegate.</translation>
    </message>
</context>
<context>
    <name>PendingWaitsModel</name>
    <message>
        <source>Cannot list the pending waits: %1</source>
        <translation>Impossibile elencare le attese in corso: %1</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>Non salvato: %1</translation>
    </message>
</context>
<context>
    <name>PhasePad</name>
    <message>
        <source>Next: %1</source>
        <translation>Prossimo: %1</translation>
    </message>
    <message>
        <source>New attempt: %1</source>
        <translation>Nuovo tentativo: %1</translation>
    </message>
    <message>
        <source>Start: %1</source>
        <translation>Avvia: %1</translation>
    </message>
    <message>
        <source>Repeated myself (%1)</source>
        <translation>Ho dovuto ripetere (%1)</translation>
    </message>
    <message>
        <source>I had to repeat myself. Count: %1</source>
        <translation>Ho dovuto ripetere le stesse informazioni. Volte: %1</translation>
    </message>
    <message>
        <source>Handed over (%1)</source>
        <translation>Passato ad altri (%1)</translation>
    </message>
    <message>
        <source>I was handed to another department. Count: %1</source>
        <translation>Sono stato passato a un altro reparto. Volte: %1</translation>
    </message>
    <message>
        <source>End contact…</source>
        <translation>Chiudi il contatto…</translation>
    </message>
    <message>
        <source>End the contact and record the outcome</source>
        <translation>Chiudi il contatto e registra l&apos;esito</translation>
    </message>
    <message>
        <source>%1 (now)</source>
        <translation>%1 (adesso)</translation>
    </message>
</context>
<context>
    <name>PhotoIntake</name>
    <message>
        <source>The picture is empty.</source>
        <translation>L&apos;immagine è vuota.</translation>
    </message>
    <message>
        <source>The picture could not be encoded as JPEG.</source>
        <translation>Non è stato possibile codificare l&apos;immagine in JPEG.</translation>
    </message>
    <message>
        <source>The disk is full: the photo was not saved. Free some space and try again.</source>
        <translation>Il disco è pieno: la foto non è stata salvata. Libera spazio e riprova.</translation>
    </message>
    <message>
        <source>The photo was not saved: %1</source>
        <translation>La foto non è stata salvata: %1</translation>
    </message>
    <message>
        <source>The file is empty: there is no picture to add.</source>
        <translation>Il file è vuoto: non c&apos;è nessuna immagine da aggiungere.</translation>
    </message>
    <message>
        <source>This file is not a picture the app can read (%1).</source>
        <translation>Questo file non è un&apos;immagine che l&apos;app sa leggere (%1).</translation>
    </message>
    <message>
        <source>The camera gave no picture.</source>
        <translation>La fotocamera non ha fornito nessuna immagine.</translation>
    </message>
</context>
<context>
    <name>PhotoSharing</name>
    <message>
        <source>The disk is full: the photo was not marked as shareable.</source>
        <translation>Il disco è pieno: la foto non è stata resa condivisibile.</translation>
    </message>
    <message>
        <source>A walk shares at most %1 photos: make another one private first.</source>
        <translation>Una visita condivide al massimo %1 foto: rendine prima privata un&apos;altra.</translation>
    </message>
    <message>
        <source>Only photos can be shared; voice memos never leave the device.</source>
        <translation>Si possono condividere solo le foto; i memo vocali non lasciano mai il dispositivo.</translation>
    </message>
    <message>
        <source>The photo could not be shared: %1</source>
        <translation>Non è stato possibile condividere la foto: %1</translation>
    </message>
    <message>
        <source>The photo could not be made small enough to share.</source>
        <translation>Non è stato possibile ridurre la foto abbastanza per condividerla.</translation>
    </message>
</context>
<context>
    <name>QrFrameScanner</name>
    <message>
        <source>The camera sent an empty picture.</source>
        <translation>La fotocamera ha inviato un&apos;immagine vuota.</translation>
    </message>
    <message>
        <source>The camera&apos;s picture format (%1) cannot be read.</source>
        <translation>Il formato delle immagini della fotocamera (%1) non è leggibile.</translation>
    </message>
</context>
<context>
    <name>QrScanDialog</name>
    <message>
        <source>No camera found. Read the invitation from an image instead.</source>
        <translation>Nessuna fotocamera trovata. Leggi l&apos;invito da un&apos;immagine.</translation>
    </message>
    <message>
        <source>The camera could not be started (%1). Another app may be using it, or camera access is turned off for this app.</source>
        <translation>Impossibile avviare la fotocamera (%1). Potrebbe usarla un&apos;altra app, oppure l&apos;accesso alla fotocamera è disattivato per questa app.</translation>
    </message>
    <message>
        <source>Scan the invitation&apos;s QR code</source>
        <translation>Inquadra il codice QR dell&apos;invito</translation>
    </message>
    <message>
        <source>Starting the camera…</source>
        <translation>Avvio della fotocamera…</translation>
    </message>
    <message>
        <source>Hold the QR code on your CCO&apos;s screen inside the frame. It is read as soon as it is sharp.</source>
        <translation>Tieni il codice QR sullo schermo del tuo CCO dentro il riquadro. Viene letto appena è nitido.</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annulla</translation>
    </message>
    <message>
        <source>Cancel scanning</source>
        <translation>Annulla la scansione</translation>
    </message>
</context>
<context>
    <name>QuestionsCard</name>
    <message>
        <source>Journey questions</source>
        <translation>Domande sul journey</translation>
    </message>
    <message>
        <source>How likely would you be to recommend this company to a friend? (0 = not at all, 10 = extremely)</source>
        <translation>Quanto è probabile che consiglieresti questa azienda a un amico? (0 = per niente, 10 = moltissimo)</translation>
    </message>
    <message>
        <source>Recommend: %1 of 10</source>
        <translation>Consiglio: %1 su 10</translation>
    </message>
    <message>
        <source>How easy was it to get what you needed? (1 = very difficult, 7 = very easy)</source>
        <translation>Quanto è stato facile ottenere ciò che ti serviva? (1 = molto difficile, 7 = molto facile)</translation>
    </message>
    <message>
        <source>Ease: %1 of 7</source>
        <translation>Facilità: %1 su 7</translation>
    </message>
    <message>
        <source>Scale: %1</source>
        <translation>Scala: %1</translation>
    </message>
    <message>
        <source>Would you stay a customer?</source>
        <translation>Resteresti cliente?</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Sì</translation>
    </message>
    <message>
        <source>I would stay</source>
        <translation>Resterei</translation>
    </message>
    <message>
        <source>No</source>
        <translation>No</translation>
    </message>
    <message>
        <source>I would leave</source>
        <translation>Me ne andrei</translation>
    </message>
    <message>
        <source>Overall, how satisfied were you? (1 = very dissatisfied, 5 = very satisfied)</source>
        <translation>Nel complesso, quanto sei soddisfatto? (1 = per niente soddisfatto, 5 = molto soddisfatto)</translation>
    </message>
    <message>
        <source>N/A</source>
        <translation>Non risp.</translation>
    </message>
    <message>
        <source>Satisfaction: not answered</source>
        <translation>Soddisfazione: senza risposta</translation>
    </message>
    <message>
        <source>Satisfaction: %1 of 5</source>
        <translation>Soddisfazione: %1 su 5</translation>
    </message>
    <message>
        <source>CSAT: not answered</source>
        <translation>CSAT: senza risposta</translation>
    </message>
    <message>
        <source>CSAT (share of 4–5): %1%</source>
        <translation>CSAT (quota di 4–5): %1%</translation>
    </message>
    <message>
        <source>n = %1 · too few to judge</source>
        <translation>n = %1 · troppo pochi per giudicare</translation>
    </message>
    <message>
        <source>n = %1</source>
        <translation>n = %1</translation>
    </message>
</context>
<context>
    <name>RecordingIntake</name>
    <message>
        <source>The recording could not be read back (%1).</source>
        <translation>Non è stato possibile rileggere la registrazione (%1).</translation>
    </message>
    <message>
        <source>The recording is empty: nothing was heard from the microphone.</source>
        <translation>La registrazione è vuota: dal microfono non è arrivato nulla.</translation>
    </message>
    <message>
        <source>The disk is full: the voice memo is not saved yet. Free some space and save it again.</source>
        <translation>Il disco è pieno: la nota vocale non è ancora salvata. Libera spazio e salvala di nuovo.</translation>
    </message>
    <message>
        <source>The voice memo was not saved: %1</source>
        <translation>La nota vocale non è stata salvata: %1</translation>
    </message>
</context>
<context>
    <name>RecoveryCodeCard</name>
    <message>
        <source>If you forget your passphrase, this code is the only way back into your vault. Write it down and keep it somewhere safe. It will not be shown again.</source>
        <translation>Se dimentichi la passphrase, questo codice è l&apos;unico modo per rientrare nella cassaforte. Scrivilo e conservalo in un luogo sicuro: non verrà mostrato di nuovo.</translation>
    </message>
    <message>
        <source>Recovery code</source>
        <translation>Codice di recupero</translation>
    </message>
    <message>
        <source>Copied</source>
        <translation>Copiato</translation>
    </message>
    <message>
        <source>Copy to clipboard</source>
        <translation>Copia negli appunti</translation>
    </message>
    <message>
        <source>I wrote it down and stored it safely</source>
        <translation>L&apos;ho scritto e conservato al sicuro</translation>
    </message>
    <message>
        <source>Open the app</source>
        <translation>Apri l&apos;app</translation>
    </message>
</context>
<context>
    <name>RecoveryForm</name>
    <message>
        <source>Recovery code</source>
        <translation>Codice di recupero</translation>
    </message>
    <message>
        <source>New passphrase</source>
        <translation>Nuova passphrase</translation>
    </message>
    <message>
        <source>Repeat the new passphrase</source>
        <translation>Ripeti la nuova passphrase</translation>
    </message>
    <message>
        <source>The two passphrases differ.</source>
        <translation>Le due passphrase non coincidono.</translation>
    </message>
    <message>
        <source>Recovering…</source>
        <translation>Recupero in corso…</translation>
    </message>
    <message>
        <source>Recover and unlock</source>
        <translation>Recupera e sblocca</translation>
    </message>
</context>
<context>
    <name>ReportPhotos</name>
    <message>
        <source>(the photo could not be read)</source>
        <translation>(impossibile leggere la foto)</translation>
    </message>
    <message>
        <source>%1, the walk as a whole</source>
        <translation>%1, la visita nel suo insieme</translation>
    </message>
    <message>
        <source>Shared photos</source>
        <translation>Foto condivise</translation>
    </message>
    <message>
        <source>Photos the leaders chose to share after confirming that they show no faces and no names; the newest first.</source>
        <translation>Foto che i dirigenti hanno scelto di condividere dopo aver confermato che non mostrano volti né nomi; le più recenti per prime.</translation>
    </message>
    <message>
        <source>Photos in the period not shown here: %1.</source>
        <translation>Foto del periodo non mostrate qui: %1.</translation>
    </message>
</context>
<context>
    <name>ReportText</name>
    <message>
        <source>no data to compare</source>
        <translation>nessun dato da confrontare</translation>
    </message>
    <message>
        <source>n = %1</source>
        <translation>n = %1</translation>
    </message>
    <message>
        <source>too few to judge</source>
        <translation>troppo pochi per giudicare</translation>
    </message>
    <message>
        <source>no clear change</source>
        <translation>nessuna variazione chiara</translation>
    </message>
    <message>
        <source>clearly up</source>
        <translation>chiaramente in aumento</translation>
    </message>
    <message>
        <source>clearly down</source>
        <translation>chiaramente in calo</translation>
    </message>
    <message>
        <source>From %1</source>
        <translation>Dal %1</translation>
    </message>
    <message>
        <source>Until %1</source>
        <translation>Fino al %1</translation>
    </message>
    <message>
        <source>Every received walk</source>
        <translation>Tutte le visite ricevute</translation>
    </message>
    <message>
        <source>Every received walk: %1</source>
        <translation>Tutte le visite ricevute: %1</translation>
    </message>
    <message>
        <source>no target</source>
        <translation>nessun obiettivo</translation>
    </message>
    <message>
        <source>target %1</source>
        <translation>obiettivo %1</translation>
    </message>
    <message>
        <source>No walks match</source>
        <translation>Nessuna visita corrisponde</translation>
    </message>
    <message>
        <source>No received walk matches this period and these filters, so there is no figure to show. Choose a wider period or fewer filters.</source>
        <translation>Nessuna visita ricevuta corrisponde a questo periodo e a questi filtri, quindi non c&apos;è alcun valore da mostrare. Scegli un periodo più ampio o meno filtri.</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>%1 min %2 s</source>
        <translation>%1 min %2 s</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 h %2 min</translation>
    </message>
    <message>
        <source>%1 d %2 h</source>
        <translation>%1 g %2 h</translation>
    </message>
</context>
<context>
    <name>ReviewCircleController</name>
    <message>
        <source>Cannot read the review circle: %1</source>
        <translation>Impossibile leggere la cerchia di revisione: %1</translation>
    </message>
    <message>
        <source>Enter a folder path or a WebDAV address.</source>
        <translation>Inserisci il percorso di una cartella o un indirizzo WebDAV.</translation>
    </message>
    <message>
        <source>Plain http is only allowed for this computer (localhost). Use https://.</source>
        <translation>L&apos;http non cifrato è consentito solo per questo computer (localhost). Usa https://.</translation>
    </message>
    <message>
        <source>Not a usable sync target: %1</source>
        <translation>Destinazione di sincronizzazione non utilizzabile: %1</translation>
    </message>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation>Impossibile creare la cartella %1.</translation>
    </message>
    <message>
        <source>The folder %1 does not exist.</source>
        <translation>La cartella %1 non esiste.</translation>
    </message>
    <message>
        <source>The vault is locked.</source>
        <translation>La cassaforte è bloccata.</translation>
    </message>
    <message>
        <source>Cannot create the review circle: %1</source>
        <translation>Impossibile creare la cerchia di revisione: %1</translation>
    </message>
    <message>
        <source>Create the review circle first.</source>
        <translation>Prima crea la cerchia di revisione.</translation>
    </message>
    <message>
        <source>Use a passphrase of at least %1 characters.</source>
        <translation>Usa una passphrase di almeno %1 caratteri.</translation>
    </message>
    <message>
        <source>Cannot back up the review key: %1</source>
        <translation>Impossibile fare il backup della chiave di revisione: %1</translation>
    </message>
    <message>
        <source>Wrong passphrase, or the backup file is damaged.</source>
        <translation>Passphrase errata, oppure il file di backup è danneggiato.</translation>
    </message>
    <message>
        <source>Cannot restore the review key: %1</source>
        <translation>Impossibile ripristinare la chiave di revisione: %1</translation>
    </message>
    <message>
        <source>The review circle already uses this address.</source>
        <translation>La cerchia di revisione usa già questo indirizzo.</translation>
    </message>
    <message>
        <source>Cannot change the sync address: %1</source>
        <translation>Impossibile cambiare l&apos;indirizzo di sincronizzazione: %1</translation>
    </message>
</context>
<context>
    <name>ReviewContactCard</name>
    <message>
        <source>Not ended</source>
        <translation>Non concluso</translation>
    </message>
    <message>
        <source>Handed from %1 to %2</source>
        <translation>Passato da %1 a %2</translation>
    </message>
    <message>
        <source>Handed to %1</source>
        <translation>Passato a %1</translation>
    </message>
    <message>
        <source>%1: %2, target %3</source>
        <translation>%1: %2, obiettivo %3</translation>
    </message>
    <message>
        <source>attempt %1</source>
        <translation>tentativo %1</translation>
    </message>
    <message>
        <source>Not scored</source>
        <translation>Non valutato</translation>
    </message>
    <message>
        <source>Score %1/100</source>
        <translation>Punteggio %1/100</translation>
    </message>
    <message numerus="yes">
        <source>%n must-be(s) failed</source>
        <translation>
            <numerusform>%n requisito di base mancato</numerusform>
            <numerusform>%n requisiti di base mancati</numerusform>
        </translation>
    </message>
    <message>
        <source>Must-be failed: %1</source>
        <translation>Requisito di base mancato: %1</translation>
    </message>
    <message>
        <source>Delighter met: %1</source>
        <translation>Elemento attrattivo presente: %1</translation>
    </message>
    <message numerus="yes">
        <source>Had to repeat information %n time(s)</source>
        <translation>
            <numerusform>Ha dovuto ripetere le informazioni %n volta</numerusform>
            <numerusform>Ha dovuto ripetere le informazioni %n volte</numerusform>
        </translation>
    </message>
    <message>
        <source>Target missed</source>
        <translation>Obiettivo mancato</translation>
    </message>
    <message>
        <source>Shared note: %1</source>
        <translation>Nota condivisa: %1</translation>
    </message>
</context>
<context>
    <name>ReviewCriterionDelegate</name>
    <message>
        <source>Time: %1</source>
        <translation>Tempo: %1</translation>
    </message>
    <message>
        <source>Failed in %1% (%2 of %3)</source>
        <translation>Mancato nel %1% (%2 su %3)</translation>
    </message>
    <message>
        <source>Delighted in %1% (%2 of %3)</source>
        <translation>Ha sorpreso nel %1% (%2 su %3)</translation>
    </message>
    <message>
        <source>SLA missed in %1% (%2 of %3)</source>
        <translation>SLA mancato nel %1% (%2 su %3)</translation>
    </message>
    <message>
        <source>95% interval %1–%2%</source>
        <translation>intervallo al 95% %1–%2%</translation>
    </message>
    <message>
        <source>too few to judge</source>
        <translation>troppo pochi per giudicare</translation>
    </message>
    <message>
        <source>median %1, p90 %2, promised %3</source>
        <translation>mediana %1, p90 %2, promesso %3</translation>
    </message>
</context>
<context>
    <name>ReviewDepartmentRankDelegate</name>
    <message numerus="yes">
        <source>Pain weight %1 · %n pain point(s)</source>
        <translation>
            <numerusform>Peso dei problemi %1 · %n problema</numerusform>
            <numerusform>Peso dei problemi %1 · %n problemi</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n handoff(s) out</source>
        <translation>
            <numerusform>%n passaggio in uscita</numerusform>
            <numerusform>%n passaggi in uscita</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n in</source>
        <translation>
            <numerusform>%n in entrata</numerusform>
            <numerusform>%n in entrata</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n memorable moment(s)</source>
        <translation>
            <numerusform>%n momento memorabile</numerusform>
            <numerusform>%n momenti memorabili</numerusform>
        </translation>
    </message>
    <message>
        <source>%1. %2</source>
        <translation>%1. %2</translation>
    </message>
</context>
<context>
    <name>ReviewDepartmentRowDelegate</name>
    <message numerus="yes">
        <source>%n time(s) × severity %1 = %2</source>
        <translation>
            <numerusform>%n volta × gravità %1 = %2</numerusform>
            <numerusform>%n volte × gravità %1 = %2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n contact(s)</source>
        <translation>
            <numerusform>%n contatto</numerusform>
            <numerusform>%n contatti</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n handoff(s)</source>
        <translation>
            <numerusform>%n passaggio</numerusform>
            <numerusform>%n passaggi</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n repeat(s) after</source>
        <translation>
            <numerusform>%n ripetizione dopo</numerusform>
            <numerusform>%n ripetizioni dopo</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReviewDepartmentsCard</name>
    <message>
        <source>Departments ranked by pain</source>
        <translation>Reparti per peso dei problemi</translation>
    </message>
</context>
<context>
    <name>ReviewDepartmentsPage</name>
    <message>
        <source>Departments</source>
        <translation>Reparti</translation>
    </message>
    <message>
        <source>Pain points it owns, by theme</source>
        <translation>Problemi di sua competenza, per tema</translation>
    </message>
    <message>
        <source>Memorable moments</source>
        <translation>Momenti memorabili</translation>
    </message>
    <message>
        <source>Touchpoints it owns</source>
        <translation>Punti di contatto di sua competenza</translation>
    </message>
    <message>
        <source>Hands customers to</source>
        <translation>Passa i clienti a</translation>
    </message>
    <message>
        <source>Receives customers from</source>
        <translation>Riceve i clienti da</translation>
    </message>
    <message>
        <source>No walks match</source>
        <translation>Nessuna visita corrisponde</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>Reparto</translation>
    </message>
    <message numerus="yes">
        <source>%n pain point(s)</source>
        <translation>
            <numerusform>%n problema</numerusform>
            <numerusform>%n problemi</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n memorable moment(s)</source>
        <translation>
            <numerusform>%n momento memorabile</numerusform>
            <numerusform>%n momenti memorabili</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n handoff(s) out</source>
        <translation>
            <numerusform>%n passaggio in uscita</numerusform>
            <numerusform>%n passaggi in uscita</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n in</source>
        <translation type="vanished">
            <numerusform>%n in entrata</numerusform>
            <numerusform>%n in entrata</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n handoff(s) in</source>
        <translation>
            <numerusform>%n passaggio in entrata</numerusform>
            <numerusform>%n passaggi in entrata</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1, %n walk(s)</source>
        <translation>
            <numerusform>%1, %n visita</numerusform>
            <numerusform>%1, %n visite</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReviewEnrollController</name>
    <message>
        <source>Cannot read this device&apos;s identity: %1</source>
        <translation>Impossibile leggere l&apos;identità di questo dispositivo: %1</translation>
    </message>
    <message>
        <source>The vault is locked.</source>
        <translation>La cassaforte è bloccata.</translation>
    </message>
    <message>
        <source>Give this device a name the CCO will recognise, e.g. &quot;CFO phone&quot;.</source>
        <translation>Dai a questo dispositivo un nome che il CCO riconoscerà, per esempio &quot;Telefono CFO&quot;.</translation>
    </message>
    <message>
        <source>This is not a valid invitation: %1</source>
        <translation>Questo invito non è valido: %1</translation>
    </message>
    <message>
        <source>Cannot join the review circle: %1</source>
        <translation>Impossibile entrare nella cerchia di revisione: %1</translation>
    </message>
    <message>
        <source>Join a review circle first.</source>
        <translation>Prima entra in una cerchia di revisione.</translation>
    </message>
    <message>
        <source>Joined, but the request could not be sent to %1 yet: %2</source>
        <translation>Ingresso fatto, ma la richiesta non è ancora stata inviata a %1: %2</translation>
    </message>
    <message>
        <source>Cannot open the image %1: %2</source>
        <translation>Impossibile aprire l&apos;immagine %1: %2</translation>
    </message>
    <message>
        <source>No QR code found in this image. Try a sharper picture of the whole code.</source>
        <translation>Nessun codice QR trovato in questa immagine. Prova con una foto più nitida che mostri tutto il codice.</translation>
    </message>
    <message>
        <source>Cannot prepare the enrollment request: %1</source>
        <translation>Impossibile preparare la richiesta di iscrizione: %1</translation>
    </message>
</context>
<context>
    <name>ReviewEnrollPage</name>
    <message>
        <source>Review circle</source>
        <translation>Cerchia di revisione</translation>
    </message>
    <message>
        <source>Join a review circle</source>
        <translation>Entra in una cerchia di revisione</translation>
    </message>
    <message>
        <source>Your Chief Customer Officer gives you an invitation. Summaries of your finished walks are then sealed so only the review can read them; notes stay private unless marked shareable.</source>
        <translation>Il tuo Chief Customer Officer ti dà un invito. I riepiloghi delle visite concluse vengono poi sigillati in modo che solo la revisione possa leggerli; le note restano private se non le segni come condivisibili.</translation>
    </message>
    <message>
        <source>Name of this device</source>
        <translation>Nome di questo dispositivo</translation>
    </message>
    <message>
        <source>e.g. CFO phone</source>
        <translation>es. Telefono CFO</translation>
    </message>
    <message>
        <source>Invitation file</source>
        <translation>File di invito</translation>
    </message>
    <message>
        <source>/path/to/file</source>
        <translation>/percorso/del/file</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Scegli…</translation>
    </message>
    <message>
        <source>Choose the invitation file</source>
        <translation>Scegli il file di invito</translation>
    </message>
    <message>
        <source>…or paste the invitation text</source>
        <translation>…oppure incolla il testo dell&apos;invito</translation>
    </message>
    <message>
        <source>Join</source>
        <translation>Entra</translation>
    </message>
    <message>
        <source>Joined as “%1”</source>
        <translation>Entrato come “%1”</translation>
    </message>
    <message>
        <source>Read both fingerprints to your CCO: they accept this device after comparing them.</source>
        <translation>Leggi entrambe le impronte al tuo CCO: accetterà questo dispositivo dopo averle confrontate.</translation>
    </message>
    <message>
        <source>Your request has not reached the sync target yet.</source>
        <translation>La tua richiesta non ha ancora raggiunto la destinazione di sincronizzazione.</translation>
    </message>
    <message>
        <source>Review key</source>
        <translation>Chiave di revisione</translation>
    </message>
    <message>
        <source>This device&apos;s key</source>
        <translation>Chiave di questo dispositivo</translation>
    </message>
    <message>
        <source>Send the request again</source>
        <translation>Invia di nuovo la richiesta</translation>
    </message>
    <message>
        <source>Images (*.png *.jpg *.jpeg *.bmp *.gif)</source>
        <translation>Immagini (*.png *.jpg *.jpeg *.bmp *.gif)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Tutti i file (*)</translation>
    </message>
    <message>
        <source>Read invitation from an image…</source>
        <translation>Leggi l&apos;invito da un&apos;immagine…</translation>
    </message>
    <message>
        <source>Read the invitation from a screenshot or photo of its QR code</source>
        <translation>Leggi l&apos;invito da uno screenshot o da una foto del suo codice QR</translation>
    </message>
    <message>
        <source>Sending the request…</source>
        <translation>Invio della richiesta…</translation>
    </message>
    <message>
        <source>Use a new invitation</source>
        <translation>Usa un nuovo invito</translation>
    </message>
    <message>
        <source>When your CCO moves the review circle to a new address or starts a new one, they send a new invitation. Your summaries then go where it says.</source>
        <translation>Quando il CCO sposta la cerchia di revisione su un nuovo indirizzo o ne crea una nuova, ti invia un nuovo invito. I tuoi riepiloghi andranno dove indica.</translation>
    </message>
    <message>
        <source>Scan QR code with the camera</source>
        <translation>Inquadra il codice QR con la fotocamera</translation>
    </message>
    <message>
        <source>Scan the invitation&apos;s QR code with the camera</source>
        <translation>Inquadra con la fotocamera il codice QR dell&apos;invito</translation>
    </message>
    <message>
        <source>Camera access is off for this app. Allow it in the system settings, or read the invitation from an image.</source>
        <translation>L&apos;accesso alla fotocamera è disattivato per questa app. Consentilo nelle impostazioni di sistema, oppure leggi l&apos;invito da un&apos;immagine.</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annulla</translation>
    </message>
    <message>
        <source>Use a new invitation…</source>
        <translation>Usa un nuovo invito…</translation>
    </message>
    <message>
        <source>The review circle moved to %1. Your summaries are being sent there again; the CCO&apos;s inbox skips the ones it already has.</source>
        <translation>La cerchia di revisione si è spostata su %1. I tuoi riepiloghi vengono inviati di nuovo lì; la posta in arrivo del CCO salta quelli che ha già.</translation>
    </message>
    <message>
        <source>You left the previous review circle. Every finished walk will be sealed for the new one and sent to %1.</source>
        <translation>Hai lasciato la cerchia di revisione precedente. Ogni visita conclusa sarà sigillata per la nuova cerchia e inviata a %1.</translation>
    </message>
    <message>
        <source>You are already in this review circle: your request was sent again.</source>
        <translation>Fai già parte di questa cerchia di revisione: la richiesta è stata inviata di nuovo.</translation>
    </message>
</context>
<context>
    <name>ReviewExportDialog</name>
    <message>
        <source>Make a report</source>
        <translation>Crea un report</translation>
    </message>
    <message>
        <source>Every received walk</source>
        <translation>Tutte le visite ricevute</translation>
    </message>
    <message>
        <source>From %1 to %2</source>
        <translation>Dal %1 al %2</translation>
    </message>
    <message>
        <source>Save the report as</source>
        <translation>Salva il report come</translation>
    </message>
    <message>
        <source>HTML files (*.html)</source>
        <translation>File HTML (*.html)</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>File PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Board pack</source>
        <translation>Report per il consiglio</translation>
    </message>
    <message>
        <source>Department brief</source>
        <translation>Scheda del reparto</translation>
    </message>
    <message>
        <source>Department: %1</source>
        <translation>Reparto: %1</translation>
    </message>
    <message>
        <source>PDF</source>
        <translation>PDF</translation>
    </message>
    <message>
        <source>HTML file</source>
        <translation>File HTML</translation>
    </message>
    <message>
        <source>Report language: %1</source>
        <translation>Lingua del report: %1</translation>
    </message>
    <message>
        <source>Save as</source>
        <translation>Salva come</translation>
    </message>
    <message>
        <source>/path/to/file</source>
        <translation>/percorso/del/file</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Scegli…</translation>
    </message>
    <message>
        <source>Choose where to save the report</source>
        <translation>Scegli dove salvare il report</translation>
    </message>
    <message>
        <source>Saved to %1</source>
        <translation>Salvato in %1</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Chiudi</translation>
    </message>
    <message>
        <source>Making the report…</source>
        <translation>Creazione del report…</translation>
    </message>
    <message>
        <source>Save report</source>
        <translation>Salva il report</translation>
    </message>
</context>
<context>
    <name>ReviewFilterCard</name>
    <message>
        <source>Quarter</source>
        <translation>Trimestre</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Mese</translation>
    </message>
    <message>
        <source>Dates</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>All time</source>
        <translation>Sempre</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Periodo</translation>
    </message>
    <message>
        <source>From (YYYY-MM-DD)</source>
        <translation>Dal (AAAA-MM-GG)</translation>
    </message>
    <message>
        <source>To, included (YYYY-MM-DD)</source>
        <translation>Al, incluso (AAAA-MM-GG)</translation>
    </message>
    <message>
        <source>Compare with the period before</source>
        <translation>Confronta con il periodo precedente</translation>
    </message>
    <message>
        <source>All journeys</source>
        <translation>Tutti i percorsi</translation>
    </message>
    <message>
        <source>All departments</source>
        <translation>Tutti i reparti</translation>
    </message>
    <message>
        <source>All channels</source>
        <translation>Tutti i canali</translation>
    </message>
    <message>
        <source>All leaders</source>
        <translation>Tutti i dirigenti</translation>
    </message>
    <message>
        <source>Updating the findings…</source>
        <translation>Aggiorno i risultati…</translation>
    </message>
    <message>
        <source>%1: no walks match</source>
        <translation>%1: nessuna visita corrisponde</translation>
    </message>
    <message numerus="yes">
        <source>%1 compared with %2 · %n walk(s)</source>
        <translation>
            <numerusform>%1 rispetto a %2 · %n visita</numerusform>
            <numerusform>%1 rispetto a %2 · %n visite</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 · %n walk(s)</source>
        <translation>
            <numerusform>%1 · %n visita</numerusform>
            <numerusform>%1 · %n visite</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReviewFindingsController</name>
    <message numerus="yes">
        <source>%n received summaries cannot be read and are left out.</source>
        <translation>
            <numerusform>%n riepilogo ricevuto non si può leggere ed è escluso.</numerusform>
            <numerusform>%n riepiloghi ricevuti non si possono leggere e sono esclusi.</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot read the received summaries: %1</source>
        <translation>Impossibile leggere i riepiloghi ricevuti: %1</translation>
    </message>
    <message>
        <source>Device not on the roster</source>
        <translation>Dispositivo non in elenco</translation>
    </message>
    <message>
        <source>Q%1 %2</source>
        <comment>quarter and year: Q4 2026</comment>
        <translation>T%1 %2</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>dal %1 al %2</translation>
    </message>
    <message>
        <source>Choose a start and an end date, the end not before the start.</source>
        <translation>Scegli una data di inizio e una di fine, la fine non prima dell’inizio.</translation>
    </message>
    <message>
        <source>The findings could not be compiled: %1</source>
        <translation>Impossibile calcolare i risultati: %1</translation>
    </message>
    <message>
        <source>All time</source>
        <translation>Sempre</translation>
    </message>
</context>
<context>
    <name>ReviewHeadlineCard</name>
    <message>
        <source>Headline figures</source>
        <translation>Indicatori principali</translation>
    </message>
    <message>
        <source>CES is left out: answers on different scales cannot be pooled.</source>
        <translation>CES escluso: risposte su scale diverse non si possono unire.</translation>
    </message>
</context>
<context>
    <name>ReviewHeadlineDelegate</name>
    <message>
        <source>%1%</source>
        <translation>%1%</translation>
    </message>
    <message>
        <source>NPS</source>
        <translation>NPS</translation>
    </message>
    <message>
        <source>CSAT (share of 4–5)</source>
        <translation>CSAT (quota di 4–5)</translation>
    </message>
    <message>
        <source>CES mean (1–7)</source>
        <translation>CES medio (1–7)</translation>
    </message>
    <message>
        <source>CES: share of 5–7</source>
        <translation>CES: quota di 5–7</translation>
    </message>
    <message>
        <source>Would stay</source>
        <translation>Resterebbe</translation>
    </message>
    <message>
        <source>Resolved at first contact</source>
        <translation>Risolto al primo contatto</translation>
    </message>
    <message>
        <source>No answers</source>
        <translation>Nessuna risposta</translation>
    </message>
    <message>
        <source>n = %1 · too few to judge</source>
        <translation>n = %1 · troppo pochi per giudicare</translation>
    </message>
    <message>
        <source>n = %1</source>
        <translation>n = %1</translation>
    </message>
    <message>
        <source>95% interval: %1 to %2</source>
        <translation>Intervallo al 95%: da %1 a %2</translation>
    </message>
    <message>
        <source>95% interval: too few answers</source>
        <translation>Intervallo al 95%: troppe poche risposte</translation>
    </message>
    <message>
        <source>▲ Clearly up on %1: %2</source>
        <translation>▲ Chiaramente in crescita rispetto a %1: %2</translation>
    </message>
    <message>
        <source>▼ Clearly down on %1: %2</source>
        <translation>▼ Chiaramente in calo rispetto a %1: %2</translation>
    </message>
    <message>
        <source>No clear change on %1 (%2)</source>
        <translation>Nessun cambiamento chiaro rispetto a %1 (%2)</translation>
    </message>
    <message>
        <source>No clear change on %1</source>
        <translation>Nessun cambiamento chiaro rispetto a %1</translation>
    </message>
    <message>
        <source>Nothing to compare in %1</source>
        <translation>Niente da confrontare in %1</translation>
    </message>
</context>
<context>
    <name>ReviewHeatCellDelegate</name>
    <message>
        <source>%1% pass</source>
        <translation>%1% superato</translation>
    </message>
    <message>
        <source>Not judged</source>
        <translation>Non giudicato</translation>
    </message>
    <message>
        <source>n = %1 · too few to judge</source>
        <translation>n = %1 · troppo pochi per giudicare</translation>
    </message>
    <message>
        <source>n = %1</source>
        <translation>n = %1</translation>
    </message>
    <message>
        <source>No SLA</source>
        <translation>Nessuno SLA</translation>
    </message>
    <message>
        <source>SLA missed %1% (%2)</source>
        <translation type="vanished">SLA mancato %1% (%2)</translation>
    </message>
    <message>
        <source>Median time %1</source>
        <translation>Tempo mediano %1</translation>
    </message>
    <message>
        <source>Median %1 of %2 promised</source>
        <translation>Mediana %1 su %2 promessi</translation>
    </message>
    <message>
        <source>%1: median %2, SLA %3</source>
        <translation>%1: mediana %2, SLA %3</translation>
    </message>
    <message>
        <source>SLA missed in %1%</source>
        <translation>SLA mancato nel %1%</translation>
    </message>
</context>
<context>
    <name>ReviewInboxModel</name>
    <message>
        <source>Cannot list the received summaries: %1</source>
        <translation>Impossibile elencare i riepiloghi ricevuti: %1</translation>
    </message>
    <message>
        <source>CES cannot be pooled: %1</source>
        <translation>Il CES non può essere aggregato: %1</translation>
    </message>
    <message>
        <source>Pull failed, nothing was changed: %1</source>
        <translation>Ricezione non riuscita, non è stato modificato nulla: %1</translation>
    </message>
    <message>
        <source>tampered</source>
        <translation>manomesso</translation>
    </message>
    <message>
        <source>unknown signer</source>
        <translation type="vanished">firmatario sconosciuto</translation>
    </message>
    <message>
        <source>revoked device</source>
        <translation>dispositivo revocato</translation>
    </message>
    <message>
        <source>replayed revision</source>
        <translation>revisione ripetuta</translation>
    </message>
    <message>
        <source>Rejected (%1): %2</source>
        <translation>Rifiutato (%1): %2</translation>
    </message>
    <message>
        <source>Not fetched, the next pull retries: %1</source>
        <translation>Non scaricato, la prossima ricezione ritenterà: %1</translation>
    </message>
    <message>
        <source>Pull stopped; what arrived is kept, the next pull goes on: %1</source>
        <translation>Ricezione interrotta; ciò che è arrivato resta, la prossima ricezione riprende da lì: %1</translation>
    </message>
</context>
<context>
    <name>ReviewInboxPage</name>
    <message>
        <source>Inbox</source>
        <translation>Posta in arrivo</translation>
    </message>
    <message>
        <source>no answers</source>
        <translation>nessuna risposta</translation>
    </message>
    <message>
        <source>New summaries: %1</source>
        <translation>Nuovi riepiloghi: %1</translation>
    </message>
    <message>
        <source>rejected: %1</source>
        <translation>rifiutati: %1</translation>
    </message>
    <message>
        <source>tampered</source>
        <translation>manomesso</translation>
    </message>
    <message>
        <source>unknown signer</source>
        <translation type="vanished">firmatario sconosciuto</translation>
    </message>
    <message>
        <source>revoked device</source>
        <translation>dispositivo revocato</translation>
    </message>
    <message>
        <source>replayed revision</source>
        <translation>revisione ripetuta</translation>
    </message>
    <message>
        <source>other</source>
        <translation>altro</translation>
    </message>
    <message>
        <source>not fetched, retried next time: %1</source>
        <translation>non scaricati, si ritenta la prossima volta: %1</translation>
    </message>
    <message>
        <source>Pull now</source>
        <translation>Ricevi ora</translation>
    </message>
    <message>
        <source>Pull new summaries now</source>
        <translation>Ricevi ora i nuovi riepiloghi</translation>
    </message>
    <message>
        <source>All journeys</source>
        <translation>Tutti i journey</translation>
    </message>
    <message>
        <source>Journey</source>
        <translation>Journey</translation>
    </message>
    <message>
        <source>All executives</source>
        <translation>Tutti i manager</translation>
    </message>
    <message>
        <source>Executive</source>
        <translation>Manager</translation>
    </message>
    <message>
        <source>Any date</source>
        <translation>Qualsiasi data</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation>Ultimi 7 giorni</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>Ultimi 30 giorni</translation>
    </message>
    <message>
        <source>NPS (pooled)</source>
        <translation>NPS (aggregato)</translation>
    </message>
    <message>
        <source>CES 1–7 (pooled mean)</source>
        <translation>CES 1–7 (media aggregata)</translation>
    </message>
    <message>
        <source>n = %1 · too few to judge</source>
        <translation>n = %1 · troppo pochi per giudicare</translation>
    </message>
    <message>
        <source>n = %1</source>
        <translation>n = %1</translation>
    </message>
    <message>
        <source>Summaries listed: %1</source>
        <translation>Riepiloghi elencati: %1</translation>
    </message>
    <message>
        <source>%1 by %2, %3</source>
        <translation>%1 di %2, %3</translation>
    </message>
    <message>
        <source>revision %1</source>
        <translation>revisione %1</translation>
    </message>
    <message>
        <source>No summaries yet. Pull to fetch what enrolled executives have sent.</source>
        <translation>Nessun riepilogo finora. Ricevi per scaricare ciò che hanno inviato i manager iscritti.</translation>
    </message>
    <message>
        <source>Pulling…</source>
        <translation>Ricezione in corso…</translation>
    </message>
    <message>
        <source>Pulling new summaries</source>
        <translation>Ricezione dei nuovi riepiloghi in corso</translation>
    </message>
    <message>
        <source>CSAT (pooled share of 4–5)</source>
        <translation>CSAT (quota aggregata di 4–5)</translation>
    </message>
    <message>
        <source>%1%</source>
        <translation>%1%</translation>
    </message>
    <message>
        <source>Not scored</source>
        <translation>Non valutato</translation>
    </message>
    <message>
        <source>Score %1/100</source>
        <translation>Punteggio %1/100</translation>
    </message>
    <message numerus="yes">
        <source>%n pain point(s)</source>
        <translation>
            <numerusform>%n punto critico</numerusform>
            <numerusform>%n punti critici</numerusform>
        </translation>
    </message>
    <message>
        <source>NPS not answered</source>
        <translation>NPS senza risposta</translation>
    </message>
    <message>
        <source>NPS %1, %2</source>
        <translation>NPS %1, %2</translation>
    </message>
    <message>
        <source>promoter</source>
        <translation>promotore</translation>
    </message>
    <message>
        <source>passive</source>
        <translation>passivo</translation>
    </message>
    <message>
        <source>detractor</source>
        <translation>detrattore</translation>
    </message>
    <message numerus="yes">
        <source>%n summaries wait for a device you haven&apos;t accepted yet. They arrive with the next pull once you accept it.</source>
        <translation>
            <numerusform>%n riepilogo attende un dispositivo che non hai ancora accettato. Arriverà con la prossima ricezione, dopo che l&apos;avrai accettato.</numerusform>
            <numerusform>%n riepiloghi attendono un dispositivo che non hai ancora accettato. Arriveranno con la prossima ricezione, dopo che l&apos;avrai accettato.</numerusform>
        </translation>
    </message>
    <message>
        <source>Devices</source>
        <translation>Dispositivi</translation>
    </message>
    <message>
        <source>Open Devices to accept the waiting device</source>
        <translation>Apri Dispositivi per accettare il dispositivo in attesa</translation>
    </message>
    <message numerus="yes">
        <source>%n summaries come from devices whose request you rejected: they are not accepted.</source>
        <translation>
            <numerusform>%n riepilogo viene da un dispositivo di cui hai rifiutato la richiesta: non viene accettato.</numerusform>
            <numerusform>%n riepiloghi vengono da dispositivi di cui hai rifiutato la richiesta: non vengono accettati.</numerusform>
        </translation>
    </message>
    <message>
        <source>Report…</source>
        <translation>Report…</translation>
    </message>
    <message>
        <source>Make a board pack or a department brief</source>
        <translation>Crea un report per il consiglio o una scheda di reparto</translation>
    </message>
</context>
<context>
    <name>ReviewJourneysPage</name>
    <message>
        <source>Journeys</source>
        <translation>Percorsi</translation>
    </message>
    <message>
        <source>%1: %2% pass of %3</source>
        <translation>%1: %2% superato su %3</translation>
    </message>
    <message>
        <source>Heat map</source>
        <translation>Mappa di calore</translation>
    </message>
    <message>
        <source>No walks match</source>
        <translation>Nessuna visita corrisponde</translation>
    </message>
    <message>
        <source>Journey</source>
        <translation>Percorso</translation>
    </message>
    <message>
        <source>Not placed in a stage</source>
        <translation>Fuori dalle fasi</translation>
    </message>
    <message>
        <source>80% pass or more</source>
        <translation>Superato 80% o più</translation>
    </message>
    <message>
        <source>50–79% pass</source>
        <translation>Superato 50–79%</translation>
    </message>
    <message>
        <source>Below 50% pass</source>
        <translation>Superato sotto il 50%</translation>
    </message>
    <message>
        <source>Not judged</source>
        <translation>Non giudicato</translation>
    </message>
    <message>
        <source>Pass: contacts with no failed must-be criterion. Tap a touchpoint for the criteria that failed and the walks behind them.</source>
        <translation>Superato: contatti senza criteri indispensabili mancati. Tocca un punto di contatto per i criteri mancati e le visite dietro.</translation>
    </message>
    <message>
        <source>SLA missed in %1%</source>
        <translation>SLA mancato nel %1%</translation>
    </message>
</context>
<context>
    <name>ReviewLeaderDelegate</name>
    <message>
        <source>Device not on the roster</source>
        <translation>Dispositivo non in elenco</translation>
    </message>
    <message numerus="yes">
        <source>%n walk(s)</source>
        <translation>
            <numerusform>%n visita</numerusform>
            <numerusform>%n visite</numerusform>
        </translation>
    </message>
    <message>
        <source>last walk %1</source>
        <translation>ultima visita %1</translation>
    </message>
    <message>
        <source>no walk in 90 days</source>
        <translation>nessuna visita in 90 giorni</translation>
    </message>
</context>
<context>
    <name>ReviewOverviewPage</name>
    <message>
        <source>Findings</source>
        <translation>Risultati</translation>
    </message>
    <message>
        <source>Journeys</source>
        <translation>Percorsi</translation>
    </message>
    <message>
        <source>Open the journeys&apos; heat map</source>
        <translation>Apri la mappa di calore dei percorsi</translation>
    </message>
    <message>
        <source>Departments</source>
        <translation>Reparti</translation>
    </message>
    <message>
        <source>Silo map</source>
        <translation>Mappa dei silos</translation>
    </message>
    <message>
        <source>No walks match</source>
        <translation>Nessuna visita corrisponde</translation>
    </message>
    <message numerus="yes">
        <source>None of the %n received walk(s) is in this period with these filters.</source>
        <translation>
            <numerusform>L’unica visita ricevuta non è in questo periodo con questi filtri.</numerusform>
            <numerusform>Nessuna delle %n visite ricevute è in questo periodo con questi filtri.</numerusform>
        </translation>
    </message>
    <message>
        <source>No summaries received yet. Pull them in the inbox.</source>
        <translation>Nessun riepilogo ricevuto. Scaricali nella posta in arrivo.</translation>
    </message>
    <message>
        <source>Show every journey, department, channel and leader</source>
        <translation type="vanished">Mostra tutti i percorsi, reparti, canali e dirigenti</translation>
    </message>
    <message>
        <source>Clear the filters</source>
        <translation>Togli i filtri</translation>
    </message>
    <message>
        <source>Report…</source>
        <translation>Report…</translation>
    </message>
    <message>
        <source>Make a board pack or a department brief</source>
        <translation>Crea un report per il consiglio o una scheda di reparto</translation>
    </message>
    <message numerus="yes">
        <source>None of the %n received walk(s) is in this period.</source>
        <translation>
            <numerusform>L’unica visita ricevuta non è in questo periodo.</numerusform>
            <numerusform>Nessuna delle %n visite ricevute è in questo periodo.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReviewPainPointDelegate</name>
    <message numerus="yes">
        <source>%n time(s) × severity %1 = %2</source>
        <translation>
            <numerusform>%n volta × gravità %1 = %2</numerusform>
            <numerusform>%n volte × gravità %1 = %2</numerusform>
        </translation>
    </message>
    <message>
        <source>New: not seen in %1</source>
        <translation>Nuovo: non visto in %1</translation>
    </message>
    <message>
        <source>▲ Up from %1 in %2</source>
        <translation>▲ In aumento da %1 in %2</translation>
    </message>
    <message>
        <source>▼ Down from %1 in %2</source>
        <translation>▼ In calo da %1 in %2</translation>
    </message>
    <message>
        <source>Same as in %1 (%2)</source>
        <translation>Come in %1 (%2)</translation>
    </message>
    <message>
        <source>%1. %2, owned by %3</source>
        <translation>%1. %2, di competenza di %3</translation>
    </message>
    <message>
        <source>%1. %2</source>
        <translation>%1. %2</translation>
    </message>
    <message>
        <source>Owned by %1</source>
        <translation>Di competenza di %1</translation>
    </message>
</context>
<context>
    <name>ReviewPainPointsCard</name>
    <message>
        <source>Top pain points</source>
        <translation>Problemi principali</translation>
    </message>
    <message>
        <source>Ranked by frequency × severity</source>
        <translation>Ordinati per frequenza × gravità</translation>
    </message>
    <message>
        <source>No pain points in these walks.</source>
        <translation>Nessun problema in queste visite.</translation>
    </message>
</context>
<context>
    <name>ReviewParticipationCard</name>
    <message>
        <source>Participation</source>
        <translation>Partecipazione</translation>
    </message>
    <message>
        <source>No walk in 90 days: %1</source>
        <translation>Nessuna visita in 90 giorni: %1</translation>
    </message>
    <message>
        <source>Every leader walked in the last 90 days.</source>
        <translation>Ogni dirigente ha fatto una visita negli ultimi 90 giorni.</translation>
    </message>
    <message>
        <source>Journeys nobody walked: %1</source>
        <translation>Percorsi che nessuno ha visitato: %1</translation>
    </message>
    <message>
        <source>Every journey in the library was walked.</source>
        <translation>Ogni percorso della libreria è stato visitato.</translation>
    </message>
</context>
<context>
    <name>ReviewPhotosCard</name>
    <message>
        <source>Photos the executive shared</source>
        <translation>Foto condivise dal dirigente</translation>
    </message>
    <message>
        <source>Photo</source>
        <translation>Foto</translation>
    </message>
</context>
<context>
    <name>ReviewPullRunner</name>
    <message>
        <source>The vault was locked during the pull.</source>
        <translation>La cassaforte è stata bloccata durante la ricezione.</translation>
    </message>
    <message>
        <source>The vault is locked.</source>
        <translation>La cassaforte è bloccata.</translation>
    </message>
    <message>
        <source>A pull is already running.</source>
        <translation>Una ricezione è già in corso.</translation>
    </message>
</context>
<context>
    <name>ReviewQuotesCard</name>
    <message>
        <source>In their words</source>
        <translation>Con le loro parole</translation>
    </message>
    <message>
        <source>Quote: %1</source>
        <translation>Citazione: %1</translation>
    </message>
    <message>
        <source>“%1”</source>
        <translation>«%1»</translation>
    </message>
</context>
<context>
    <name>ReviewRejectDialog</name>
    <message>
        <source>Reject this request?</source>
        <translation>Rifiutare questa richiesta?</translation>
    </message>
    <message>
        <source>&quot;%1&quot; will not join the review circle. Its request stays rejected, even if it asks again, and its summaries are never accepted. An executive you do know can join again with a new invitation.</source>
        <translation>«%1» non entrerà nel gruppo di revisione. La sua richiesta resta rifiutata, anche se la ripete, e i suoi riepiloghi non vengono mai accettati. Un dirigente che conosci può unirsi di nuovo con un nuovo invito.</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annulla</translation>
    </message>
    <message>
        <source>Reject</source>
        <translation>Rifiuta</translation>
    </message>
    <message>
        <source>Reject %1</source>
        <translation>Rifiuta %1</translation>
    </message>
</context>
<context>
    <name>ReviewReportExporter</name>
    <message>
        <source>The report was not saved: %1</source>
        <translation>Il report non è stato salvato: %1</translation>
    </message>
    <message>
        <source>Cannot read the received summaries: %1</source>
        <translation>Impossibile leggere i riepiloghi ricevuti: %1</translation>
    </message>
    <message>
        <source>The vault is locked.</source>
        <translation>La cassaforte è bloccata.</translation>
    </message>
    <message>
        <source>Choose where to save the report.</source>
        <translation>Scegli dove salvare il report.</translation>
    </message>
    <message>
        <source>The HTML file is a department brief: choose a department.</source>
        <translation>Il file HTML è una scheda di reparto: scegli un reparto.</translation>
    </message>
    <message>
        <source>Dates are written as YYYY-MM-DD.</source>
        <translation>Le date si scrivono come AAAA-MM-GG.</translation>
    </message>
</context>
<context>
    <name>ReviewRevokeDialog</name>
    <message>
        <source>Revoke this device?</source>
        <translation>Revocare questo dispositivo?</translation>
    </message>
    <message>
        <source>Summaries already received from &quot;%1&quot; stay. Every summary it sends from now on is rejected, and it cannot be enrolled again with the same key.</source>
        <translation>I riepiloghi già ricevuti da &quot;%1&quot; restano. Ogni riepilogo che invierà da ora in poi sarà rifiutato, e non potrà essere iscritto di nuovo con la stessa chiave.</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annulla</translation>
    </message>
    <message>
        <source>Revoke</source>
        <translation>Revoca</translation>
    </message>
    <message>
        <source>Revoke %1</source>
        <translation>Revoca %1</translation>
    </message>
</context>
<context>
    <name>ReviewRosterModel</name>
    <message>
        <source>Cannot read enrollment requests from %1: %2</source>
        <translation>Impossibile leggere le richieste di iscrizione da %1: %2</translation>
    </message>
    <message>
        <source>Cannot read the roster: %1</source>
        <translation>Impossibile leggere l&apos;elenco dei dispositivi: %1</translation>
    </message>
    <message>
        <source>The vault is locked.</source>
        <translation>La cassaforte è bloccata.</translation>
    </message>
    <message>
        <source>There is no pending request from this device any more.</source>
        <translation>Non c&apos;è più alcuna richiesta in sospeso da questo dispositivo.</translation>
    </message>
    <message>
        <source>Cannot accept the device: %1</source>
        <translation>Impossibile accettare il dispositivo: %1</translation>
    </message>
    <message>
        <source>Cannot revoke the device: %1</source>
        <translation>Impossibile revocare il dispositivo: %1</translation>
    </message>
    <message>
        <source>Cannot reject the request: %1</source>
        <translation>Impossibile rifiutare la richiesta: %1</translation>
    </message>
</context>
<context>
    <name>ReviewRosterPage</name>
    <message>
        <source>Devices</source>
        <translation>Dispositivi</translation>
    </message>
    <message>
        <source>Waiting for you</source>
        <translation>In attesa di te</translation>
    </message>
    <message>
        <source>Revoked</source>
        <translation>Revocato</translation>
    </message>
    <message>
        <source>Enrolled</source>
        <translation>Iscritto</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Aggiorna</translation>
    </message>
    <message>
        <source>Request files ignored because they could not be verified: %1</source>
        <translation>File di richiesta ignorati perché non verificabili: %1</translation>
    </message>
    <message>
        <source>(no name)</source>
        <translation>(senza nome)</translation>
    </message>
    <message>
        <source>Key fingerprint: %1</source>
        <translation>Impronta della chiave: %1</translation>
    </message>
    <message>
        <source>Requested %1. Compare the fingerprint with the executive before accepting.</source>
        <translation>Richiesto il %1. Confronta l&apos;impronta con il manager prima di accettare.</translation>
    </message>
    <message>
        <source>Enrolled %1, revoked %2</source>
        <translation>Iscritto il %1, revocato il %2</translation>
    </message>
    <message>
        <source>Enrolled %1</source>
        <translation>Iscritto il %1</translation>
    </message>
    <message>
        <source>Accept</source>
        <translation>Accetta</translation>
    </message>
    <message>
        <source>Accept %1</source>
        <translation>Accetta %1</translation>
    </message>
    <message>
        <source>Revoke…</source>
        <translation>Revoca…</translation>
    </message>
    <message>
        <source>Revoke %1</source>
        <translation>Revoca %1</translation>
    </message>
    <message>
        <source>No devices yet. Give an executive an invitation; their request appears here.</source>
        <translation>Nessun dispositivo finora. Dai un invito a un manager: la sua richiesta comparirà qui.</translation>
    </message>
    <message>
        <source>Refreshing…</source>
        <translation>Aggiornamento…</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Rifiutata</translation>
    </message>
    <message>
        <source>Request rejected %1</source>
        <translation>Richiesta rifiutata il %1</translation>
    </message>
    <message>
        <source>Reject…</source>
        <translation>Rifiuta…</translation>
    </message>
    <message>
        <source>Reject the request of %1</source>
        <translation>Rifiuta la richiesta di %1</translation>
    </message>
</context>
<context>
    <name>ReviewSetupPage</name>
    <message>
        <source>Review circle</source>
        <translation>Cerchia di revisione</translation>
    </message>
    <message>
        <source>/path/to/file</source>
        <translation>/percorso/del/file</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Scegli…</translation>
    </message>
    <message>
        <source>Choose a file for: %1</source>
        <translation>Scegli un file per: %1</translation>
    </message>
    <message>
        <source>Where summaries travel</source>
        <translation>Dove viaggiano i riepiloghi</translation>
    </message>
    <message>
        <source>Executives&apos; devices write sealed summaries there; only this circle&apos;s key can open them.</source>
        <translation>I dispositivi dei manager vi scrivono riepiloghi sigillati: solo la chiave di questa cerchia può aprirli.</translation>
    </message>
    <message>
        <source>This device (demo)</source>
        <translation>Questo dispositivo (demo)</translation>
    </message>
    <message>
        <source>Shared folder</source>
        <translation>Cartella condivisa</translation>
    </message>
    <message>
        <source>WebDAV server</source>
        <translation>Server WebDAV</translation>
    </message>
    <message>
        <source>Folder: %1</source>
        <translation>Cartella: %1</translation>
    </message>
    <message>
        <source>WebDAV address</source>
        <translation>Indirizzo WebDAV</translation>
    </message>
    <message>
        <source>Folder path</source>
        <translation>Percorso della cartella</translation>
    </message>
    <message>
        <source>https only; plain http is accepted for localhost.</source>
        <translation>Solo https; l&apos;http non cifrato è accettato per localhost.</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>Nome utente</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Password</translation>
    </message>
    <message>
        <source>Create the review circle</source>
        <translation>Crea la cerchia di revisione</translation>
    </message>
    <message>
        <source>Review circle created. Back up its key now.</source>
        <translation>Cerchia di revisione creata. Fai subito il backup della sua chiave.</translation>
    </message>
    <message>
        <source>Restore on this device</source>
        <translation>Ripristina su questo dispositivo</translation>
    </message>
    <message>
        <source>Already have a circle on another device? Restore its key backup; the sync target chosen above is used.</source>
        <translation>Hai già una cerchia su un altro dispositivo? Ripristina il backup della sua chiave; verrà usata la destinazione di sincronizzazione scelta sopra.</translation>
    </message>
    <message>
        <source>Key backup file</source>
        <translation>File di backup della chiave</translation>
    </message>
    <message>
        <source>Backup passphrase</source>
        <translation>Passphrase del backup</translation>
    </message>
    <message>
        <source>Restore the review circle</source>
        <translation>Ripristina la cerchia di revisione</translation>
    </message>
    <message>
        <source>Your review circle</source>
        <translation>La tua cerchia di revisione</translation>
    </message>
    <message>
        <source>Review key fingerprint</source>
        <translation>Impronta della chiave di revisione</translation>
    </message>
    <message>
        <source>Sync target: %1</source>
        <translation>Destinazione di sincronizzazione: %1</translation>
    </message>
    <message>
        <source>Devices and requests</source>
        <translation>Dispositivi e richieste</translation>
    </message>
    <message>
        <source>Inbox</source>
        <translation>Posta in arrivo</translation>
    </message>
    <message>
        <source>Invite an executive</source>
        <translation>Invita un manager</translation>
    </message>
    <message>
        <source>Invitation text</source>
        <translation>Testo dell&apos;invito</translation>
    </message>
    <message>
        <source>Save the invitation as</source>
        <translation>Salva l&apos;invito come</translation>
    </message>
    <message>
        <source>Save the invitation file</source>
        <translation>Salva il file di invito</translation>
    </message>
    <message>
        <source>Invitation saved to %1</source>
        <translation>Invito salvato in %1</translation>
    </message>
    <message>
        <source>Back up the review key</source>
        <translation>Fai il backup della chiave di revisione</translation>
    </message>
    <message>
        <source>Without the key, no summary can be read. The backup is encrypted with this passphrase (at least 12 characters); keep both apart.</source>
        <translation>Senza la chiave nessun riepilogo può essere letto. Il backup è cifrato con questa passphrase (almeno 12 caratteri): conservali separati.</translation>
    </message>
    <message>
        <source>Save the backup as</source>
        <translation>Salva il backup come</translation>
    </message>
    <message>
        <source>Repeat the passphrase</source>
        <translation>Ripeti la passphrase</translation>
    </message>
    <message>
        <source>The passphrases differ.</source>
        <translation>Le passphrase non coincidono.</translation>
    </message>
    <message>
        <source>Save the key backup</source>
        <translation>Salva il backup della chiave</translation>
    </message>
    <message>
        <source>Key backup saved to %1</source>
        <translation>Backup della chiave salvato in %1</translation>
    </message>
    <message>
        <source>Kept in this device&apos;s keychain, never in the vault.</source>
        <translation>Conservata nel portachiavi di questo dispositivo, mai nella cassaforte.</translation>
    </message>
    <message numerus="yes">
        <source>Review circle restored with %n device(s) and their revocations.</source>
        <translation>
            <numerusform>Cerchia di revisione ripristinata con %n dispositivo e le sue revoche.</numerusform>
            <numerusform>Cerchia di revisione ripristinata con %n dispositivi e le loro revoche.</numerusform>
        </translation>
    </message>
    <message>
        <source>Review circle restored. This backup lists no devices: accept them again before pulling.</source>
        <translation>Cerchia di revisione ripristinata. Questo backup non contiene dispositivi: accettali di nuovo prima di ricevere i riepiloghi.</translation>
    </message>
    <message>
        <source>Let them scan this QR code, or read it from a screenshot or photo; or give them the invitation as a file or text. When their request arrives, compare the review key fingerprint with them before accepting.</source>
        <translation>Fagli inquadrare questo codice QR, oppure leggerlo da uno screenshot o da una foto; in alternativa consegna l&apos;invito come file o come testo. Quando arriva la richiesta, confronta con il manager l&apos;impronta della chiave di revisione prima di accettare.</translation>
    </message>
    <message>
        <source>QR code of the invitation</source>
        <translation>Codice QR dell&apos;invito</translation>
    </message>
    <message>
        <source>Holds the same invitation as the text below.</source>
        <translation>Contiene lo stesso invito del testo qui sotto.</translation>
    </message>
    <message>
        <source>No QR code for this invitation: %1</source>
        <translation>Impossibile creare il codice QR per questo invito: %1</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>Risultati</translation>
    </message>
</context>
<context>
    <name>ReviewSiloCellDelegate</name>
    <message>
        <source>%1 to %2</source>
        <translation>da %1 a %2</translation>
    </message>
    <message numerus="yes">
        <source>%n handoff(s)</source>
        <translation>
            <numerusform>%n passaggio</numerusform>
            <numerusform>%n passaggi</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n repeat(s) after</source>
        <translation>
            <numerusform>%n ripetizione dopo</numerusform>
            <numerusform>%n ripetizioni dopo</numerusform>
        </translation>
    </message>
    <message>
        <source>↻ %1</source>
        <translation>↻ %1</translation>
    </message>
</context>
<context>
    <name>ReviewSiloMapPage</name>
    <message>
        <source>Silo map</source>
        <translation>Mappa dei silos</translation>
    </message>
    <message>
        <source>%1 to %2: %3 handoffs, %4 repeats after</source>
        <translation>da %1 a %2: %3 passaggi, %4 ripetizioni dopo</translation>
    </message>
    <message>
        <source>No walks match</source>
        <translation>Nessuna visita corrisponde</translation>
    </message>
    <message>
        <source>No handoffs in these walks.</source>
        <translation>Nessun passaggio in queste visite.</translation>
    </message>
    <message numerus="yes">
        <source>%1 · %n handoff(s)</source>
        <translation>
            <numerusform>%1 · %n passaggio</numerusform>
            <numerusform>%1 · %n passaggi</numerusform>
        </translation>
    </message>
    <message>
        <source>Rows: the department the customer was with. Columns: the one they were handed to. ↻ repeats: how often they had to repeat themselves after.</source>
        <translation>Righe: il reparto con cui era il cliente. Colonne: quello a cui è stato passato. ↻ ripetizioni: quante volte ha dovuto ripetersi dopo.</translation>
    </message>
    <message>
        <source>Handoffs, most first</source>
        <translation>Passaggi, dal più frequente</translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message numerus="yes">
        <source>%n handoff(s)</source>
        <translation>
            <numerusform>%n passaggio</numerusform>
            <numerusform>%n passaggi</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n repeat(s) after</source>
        <translation>
            <numerusform>%n ripetizione dopo</numerusform>
            <numerusform>%n ripetizioni dopo</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReviewSummaryPage</name>
    <message>
        <source>Summary</source>
        <translation>Riepilogo</translation>
    </message>
    <message>
        <source>%1 · finished %2</source>
        <translation>%1 · conclusa il %2</translation>
    </message>
    <message>
        <source>Would recommend (0–10)</source>
        <translation>Consiglierebbe (0–10)</translation>
    </message>
    <message>
        <source>Effort (CES 1–7)</source>
        <translation>Sforzo (CES 1–7)</translation>
    </message>
    <message>
        <source>Customer time</source>
        <translation>Tempo del cliente</translation>
    </message>
    <message>
        <source>Contacts needed</source>
        <translation>Contatti necessari</translation>
    </message>
    <message>
        <source>Resolved at first contact</source>
        <translation>Risolto al primo contatto</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Sì</translation>
    </message>
    <message>
        <source>No</source>
        <translation>No</translation>
    </message>
    <message>
        <source>Touchpoints</source>
        <translation>Punti di contatto</translation>
    </message>
    <message>
        <source>Not scored</source>
        <translation type="vanished">Non valutato</translation>
    </message>
    <message>
        <source>Score %1/100</source>
        <translation type="vanished">Punteggio %1/100</translation>
    </message>
    <message>
        <source>a must-be failed</source>
        <translation type="vanished">un requisito di base mancato</translation>
    </message>
    <message>
        <source>Pain points by department</source>
        <translation>Punti critici per reparto</translation>
    </message>
    <message>
        <source>No pain points recorded.</source>
        <translation>Nessun punto critico registrato.</translation>
    </message>
    <message>
        <source>(no department)</source>
        <translation type="vanished">(nessun reparto)</translation>
    </message>
    <message>
        <source>Customer time by phase</source>
        <translation>Tempo del cliente per fase</translation>
    </message>
    <message>
        <source>Not answered</source>
        <translation>Nessuna risposta</translation>
    </message>
    <message>
        <source>promoter</source>
        <translation>promotore</translation>
    </message>
    <message>
        <source>passive</source>
        <translation>passivo</translation>
    </message>
    <message>
        <source>detractor</source>
        <translation>detrattore</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>%1 of 5</source>
        <translation>%1 su 5</translation>
    </message>
    <message>
        <source>Walked as: %1</source>
        <translation>Percorso nei panni di: %1</translation>
    </message>
    <message>
        <source>Satisfaction (CSAT 1–5)</source>
        <translation>Soddisfazione (CSAT 1–5)</translation>
    </message>
    <message>
        <source>Would stay a customer</source>
        <translation>Resterebbe cliente</translation>
    </message>
    <message>
        <source>Handoffs</source>
        <translation>Passaggi tra reparti</translation>
    </message>
    <message>
        <source>Times information was repeated</source>
        <translation>Volte in cui ha ripetuto le informazioni</translation>
    </message>
    <message>
        <source>Targets missed</source>
        <translation>Obiettivi mancati</translation>
    </message>
    <message>
        <source>Notes the executive shared</source>
        <translation>Note condivise dal dirigente</translation>
    </message>
    <message>
        <source>No department</source>
        <translation>Nessun reparto</translation>
    </message>
    <message>
        <source>Memorable moments</source>
        <translation>Momenti memorabili</translation>
    </message>
    <message>
        <source>No memorable moments recorded.</source>
        <translation>Nessun momento memorabile registrato.</translation>
    </message>
</context>
<context>
    <name>ReviewTouchpointPage</name>
    <message>
        <source>Touchpoint</source>
        <translation>Punto di contatto</translation>
    </message>
    <message numerus="yes">
        <source>Owned by %1 · %n contact(s)</source>
        <translation>
            <numerusform>Di competenza di %1 · %n contatto</numerusform>
            <numerusform>Di competenza di %1 · %n contatti</numerusform>
        </translation>
    </message>
    <message>
        <source>No walks match</source>
        <translation>Nessuna visita corrisponde</translation>
    </message>
    <message numerus="yes">
        <source>All %n walk(s) here</source>
        <translation>
            <numerusform>L’unica visita qui</numerusform>
            <numerusform>Tutte le %n visite qui</numerusform>
        </translation>
    </message>
    <message>
        <source>Promises kept and broken</source>
        <translation>Promesse mantenute e mancate</translation>
    </message>
</context>
<context>
    <name>ReviewWalkDelegate</name>
    <message>
        <source>Device not on the roster</source>
        <translation>Dispositivo non in elenco</translation>
    </message>
    <message>
        <source>Not scored</source>
        <translation>Senza punteggio</translation>
    </message>
    <message>
        <source>Score %1/100</source>
        <translation>Punteggio %1/100</translation>
    </message>
    <message numerus="yes">
        <source>%n pain point(s)</source>
        <translation>
            <numerusform>%n problema</numerusform>
            <numerusform>%n problemi</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReviewWalksPage</name>
    <message numerus="yes">
        <source>The %n walk(s) behind this figure</source>
        <translation>
            <numerusform>La visita dietro questo dato</numerusform>
            <numerusform>Le %n visite dietro questo dato</numerusform>
        </translation>
    </message>
    <message>
        <source>No walks match</source>
        <translation>Nessuna visita corrisponde</translation>
    </message>
</context>
<context>
    <name>RuntimeMediaScratch</name>
    <message>
        <source>Recording is not possible: the folder %1 cannot be checked.</source>
        <translation>Impossibile registrare: non si riesce a verificare la cartella %1.</translation>
    </message>
    <message>
        <source>Recording is not possible: %1 is not in memory (tmpfs), and a recording must never be written to disk.</source>
        <translation>Impossibile registrare: %1 non è in memoria (tmpfs) e una registrazione non deve mai finire sul disco.</translation>
    </message>
    <message>
        <source>Recording is not possible: XDG_RUNTIME_DIR is not set, so there is no memory-backed folder to record into.</source>
        <translation>Impossibile registrare: XDG_RUNTIME_DIR non è impostata, quindi non c&apos;è una cartella in memoria in cui registrare.</translation>
    </message>
    <message>
        <source>Recording is not possible: %1.</source>
        <translation>Impossibile registrare: %1.</translation>
    </message>
</context>
<context>
    <name>ScoringCard</name>
    <message>
        <source>Start the contact to score it.</source>
        <translation>Avvia il contatto per valutarlo.</translation>
    </message>
    <message>
        <source>A must-be criterion failed: this touchpoint fails.</source>
        <translation>Un requisito di base è mancato: questo punto di contatto non è superato.</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <source>What happened, in your words</source>
        <translation>Cos&apos;è successo, con parole tue</translation>
    </message>
    <message>
        <source>Share this note with the review</source>
        <translation>Condividi questa nota con la revisione</translation>
    </message>
    <message>
        <source>This note will be part of the shared summary.</source>
        <translation>Questa nota farà parte del riepilogo condiviso.</translation>
    </message>
    <message>
        <source>Private: this note stays on this device.</source>
        <translation>Privata: questa nota resta su questo dispositivo.</translation>
    </message>
    <message>
        <source>Staff names (private)</source>
        <translation>Nomi del personale (privati)</translation>
    </message>
    <message>
        <source>Never leaves this device. Findings point at processes, not people.</source>
        <translation>Non lascia mai questo dispositivo. I risultati riguardano i processi, non le persone.</translation>
    </message>
    <message>
        <source>A must-be scored 1 or 2 fails the touchpoint.</source>
        <translation>Un requisito di base con 1 o 2 fa fallire il punto di contatto.</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <source>Settings</source>
        <translation>Impostazioni</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Lingua</translation>
    </message>
    <message>
        <source>Follow the system</source>
        <translation>Come il sistema</translation>
    </message>
    <message>
        <source>Italiano</source>
        <translation>Italiano</translation>
    </message>
    <message>
        <source>English</source>
        <translation>English</translation>
    </message>
    <message>
        <source>Appearance</source>
        <translation>Aspetto</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Chiaro</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Scuro</translation>
    </message>
    <message>
        <source>Automatic lock</source>
        <translation>Blocco automatico</translation>
    </message>
    <message>
        <source>The vault also locks whenever the app goes to the background.</source>
        <translation>La cassaforte si blocca anche ogni volta che l&apos;app passa in background.</translation>
    </message>
    <message>
        <source>Never when idle</source>
        <translation>Mai per inattività</translation>
    </message>
    <message numerus="yes">
        <source>%n min</source>
        <translation>
            <numerusform>%n min</numerusform>
            <numerusform>%n min</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Lock after %n idle minute(s)</source>
        <translation>
            <numerusform>Blocca dopo %n minuto di inattività</numerusform>
            <numerusform>Blocca dopo %n minuti di inattività</numerusform>
        </translation>
    </message>
    <message>
        <source>Lock now</source>
        <translation>Blocca ora</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Ruolo</translation>
    </message>
    <message>
        <source>About this device</source>
        <translation>Su questo dispositivo</translation>
    </message>
    <message>
        <source>Encrypted vault: %1</source>
        <translation>Cassaforte cifrata: %1</translation>
    </message>
    <message>
        <source>Platform: %1</source>
        <translation>Piattaforma: %1</translation>
    </message>
    <message>
        <source>Unlock on this device</source>
        <translation>Sblocco su questo dispositivo</translation>
    </message>
    <message>
        <source>Keep the passphrase in this device&apos;s keychain and unlock with one tap. The passphrase is still asked every few days.</source>
        <translation>Conserva la passphrase nel portachiavi di questo dispositivo e sblocca con un tocco. La passphrase viene comunque richiesta ogni pochi giorni.</translation>
    </message>
    <message>
        <source>Not available here: %1. The app will keep asking for the passphrase.</source>
        <translation>Non disponibile qui: %1. L&apos;app continuerà a chiedere la passphrase.</translation>
    </message>
    <message numerus="yes">
        <source>Every %n day(s)</source>
        <translation>
            <numerusform>Ogni giorno</numerusform>
            <numerusform>Ogni %n giorni</numerusform>
        </translation>
    </message>
    <message>
        <source>CCO review: the Review section sets up your circle and reads the summaries. The team role comes in a later version.</source>
        <translation>Revisione CCO: la sezione Revisione configura la tua cerchia e legge i riepiloghi. Il ruolo di team arriverà in una versione successiva.</translation>
    </message>
    <message>
        <source>Executive. Join your CCO&apos;s review circle to send them your walks&apos; summaries. The team role comes in a later version.</source>
        <translation>Manager. Entra nella cerchia di revisione del tuo CCO per inviargli i riepiloghi delle tue visite. Il ruolo di team arriverà in una versione successiva.</translation>
    </message>
    <message>
        <source>Review circle</source>
        <translation>Cerchia di revisione</translation>
    </message>
    <message>
        <source>Join or check your CCO&apos;s review circle</source>
        <translation>Entra nella cerchia di revisione del tuo CCO o controllala</translation>
    </message>
    <message>
        <source>Takes effect at your next unlock with the passphrase: the app keeps it in this device&apos;s keychain then. Until then, unlocking asks for the passphrase as before.</source>
        <translation>Vale dal prossimo sblocco con la passphrase: in quel momento l&apos;app la conserva nel portachiavi di questo dispositivo. Fino ad allora lo sblocco chiede la passphrase come prima.</translation>
    </message>
    <message>
        <source>Company policy</source>
        <translation>Regole aziendali</translation>
    </message>
    <message>
        <source>Allow recording call audio on speaker</source>
        <translation>Consenti di registrare l&apos;audio delle chiamate in vivavoce</translation>
    </message>
    <message>
        <source>Turn on only where your company&apos;s policy and the law allow it. Each time, the app shows the sentence to say first and notes in the contact&apos;s log that you said it.</source>
        <translation>Attivalo solo dove le regole della tua azienda e la legge lo consentono. Ogni volta l&apos;app mostra la frase da dire prima e annota nel registro del contatto che l&apos;hai detta.</translation>
    </message>
</context>
<context>
    <name>SharingCard</name>
    <message>
        <source>What will be shared</source>
        <translation>Cosa verrà condiviso</translation>
    </message>
    <message>
        <source>Scores, timings, pain points, themes and departments of this walk, your journey answers, and the photos you choose to share.</source>
        <translation>Punteggi, tempi, punti critici, temi e reparti di questa visita, le tue risposte sul journey e le foto che scegli di condividere.</translation>
    </message>
    <message>
        <source>Shared note — %1</source>
        <translation>Nota condivisa — %1</translation>
    </message>
    <message>
        <source>Hide the exact document</source>
        <translation>Nascondi il documento esatto</translation>
    </message>
    <message>
        <source>Show the exact document</source>
        <translation>Mostra il documento esatto</translation>
    </message>
    <message>
        <source>The summary document that would be shared</source>
        <translation>Il documento di riepilogo che verrebbe condiviso</translation>
    </message>
    <message>
        <source>What stays on this device</source>
        <translation>Cosa resta su questo dispositivo</translation>
    </message>
    <message>
        <source>The full event log, every private note and every staff name. They never leave this device.</source>
        <translation>Il registro completo degli eventi, ogni nota privata e ogni nome del personale. Non lasciano mai questo dispositivo.</translation>
    </message>
    <message>
        <source>Private note — %1</source>
        <translation>Nota privata — %1</translation>
    </message>
    <message>
        <source>Staff names — %1</source>
        <translation>Nomi del personale — %1</translation>
    </message>
</context>
<context>
    <name>StepDelegate</name>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>done</source>
        <translation>fatto</translation>
    </message>
    <message>
        <source>in progress</source>
        <translation>in corso</translation>
    </message>
    <message>
        <source>to do</source>
        <translation>da fare</translation>
    </message>
    <message numerus="yes">
        <source>%n contact(s)</source>
        <translation>
            <numerusform>%n contatto</numerusform>
            <numerusform>%n contatti</numerusform>
        </translation>
    </message>
    <message>
        <source>a must-be failed</source>
        <translation>requisito di base mancato</translation>
    </message>
</context>
<context>
    <name>StopwatchCard</name>
    <message>
        <source>%1 for %2, %3</source>
        <translation>%1 per %2, %3</translation>
    </message>
    <message>
        <source>Not started</source>
        <translation>Non iniziato</translation>
    </message>
    <message>
        <source>Total %1</source>
        <translation>Totale %1</translation>
    </message>
    <message>
        <source>Target %1 missed</source>
        <translation>Obiettivo di %1 mancato</translation>
    </message>
    <message>
        <source>Close to the %1 target</source>
        <translation>Vicino all&apos;obiettivo di %1</translation>
    </message>
    <message>
        <source>Within the %1 target</source>
        <translation>Entro l&apos;obiettivo di %1</translation>
    </message>
    <message>
        <source>No target time for this phase</source>
        <translation>Nessun tempo obiettivo per questa fase</translation>
    </message>
    <message>
        <source>The clock starts with the first phase</source>
        <translation>Il cronometro parte con la prima fase</translation>
    </message>
    <message>
        <source>Contact target %1 missed</source>
        <translation>Obiettivo del contatto di %1 mancato</translation>
    </message>
    <message>
        <source>Close to the contact&apos;s %1 target</source>
        <translation>Vicino all&apos;obiettivo del contatto di %1</translation>
    </message>
    <message>
        <source>Within the contact&apos;s %1 target</source>
        <translation>Entro l&apos;obiettivo del contatto di %1</translation>
    </message>
    <message>
        <source>Target %1 missed: %2 in this phase in all</source>
        <translation>Obiettivo di %1 mancato: %2 in questa fase in tutto</translation>
    </message>
    <message>
        <source>Close to the %1 target: %2 in this phase in all</source>
        <translation>Vicino all&apos;obiettivo di %1: %2 in questa fase in tutto</translation>
    </message>
    <message>
        <source>Within the %1 target: %2 in this phase in all</source>
        <translation>Entro l&apos;obiettivo di %1: %2 in questa fase in tutto</translation>
    </message>
</context>
<context>
    <name>SummaryPage</name>
    <message>
        <source>Summary</source>
        <translation>Riepilogo</translation>
    </message>
    <message>
        <source>Reopen</source>
        <translation>Riapri</translation>
    </message>
    <message>
        <source>Finish walk</source>
        <translation>Concludi la visita</translation>
    </message>
    <message>
        <source>Reopen the walk</source>
        <translation>Riapri la visita</translation>
    </message>
    <message>
        <source>Finish the walk</source>
        <translation>Concludi la visita</translation>
    </message>
    <message>
        <source>Pain points by department</source>
        <translation>Punti critici per reparto</translation>
    </message>
    <message>
        <source>No pain points or memorable moments recorded.</source>
        <translation type="vanished">Nessun punto critico o momento memorabile registrato.</translation>
    </message>
    <message>
        <source>No department</source>
        <translation>Nessun reparto</translation>
    </message>
    <message>
        <source>No pain points recorded.</source>
        <translation>Nessun punto critico registrato.</translation>
    </message>
    <message>
        <source>Memorable moments</source>
        <translation>Momenti memorabili</translation>
    </message>
    <message>
        <source>No memorable moments recorded.</source>
        <translation>Nessun momento memorabile registrato.</translation>
    </message>
</context>
<context>
    <name>SyncAccountCard</name>
    <message>
        <source>Sync account</source>
        <translation>Account di sincronizzazione</translation>
    </message>
    <message>
        <source>The user name and password for %1. They stay in this device&apos;s keychain and are sent only to that server.</source>
        <translation>Nome utente e password per %1. Restano nel portachiavi di questo dispositivo e vengono inviati solo a quel server.</translation>
    </message>
    <message>
        <source>Signed in as %1.</source>
        <translation>Accesso come %1.</translation>
    </message>
    <message>
        <source>No keychain on this device (%1): the account is kept only until the app quits.</source>
        <translation>Nessun portachiavi su questo dispositivo (%1): l&apos;account resta solo fino alla chiusura dell&apos;app.</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>Nome utente</translation>
    </message>
    <message>
        <source>Password or app password</source>
        <translation>Password o password per app</translation>
    </message>
    <message>
        <source>Save account</source>
        <translation>Salva account</translation>
    </message>
    <message>
        <source>Save the sync account in the keychain</source>
        <translation>Salva l&apos;account di sincronizzazione nel portachiavi</translation>
    </message>
    <message>
        <source>Forget account</source>
        <translation>Dimentica account</translation>
    </message>
</context>
<context>
    <name>SyncAddressMoveCard</name>
    <message>
        <source>Sync address</source>
        <translation>Indirizzo di sincronizzazione</translation>
    </message>
    <message>
        <source>The circle now syncs through %1. Send every executive the new invitation: when they join with it, their summaries are sent there again, and the inbox skips the ones it already has.</source>
        <translation>Ora la cerchia si sincronizza tramite %1. Invia il nuovo invito a ogni manager: quando lo usano per unirsi, i loro riepiloghi vengono inviati di nuovo lì e la posta in arrivo salta quelli che ha già.</translation>
    </message>
    <message>
        <source>Change the sync address…</source>
        <translation>Cambia l&apos;indirizzo di sincronizzazione…</translation>
    </message>
    <message>
        <source>Use this when the company moves its WebDAV server or shared folder. The review key, the devices and the summaries already received stay.</source>
        <translation>Usalo quando l&apos;azienda sposta il server WebDAV o la cartella condivisa. La chiave di revisione, i dispositivi e i riepiloghi già ricevuti restano.</translation>
    </message>
    <message>
        <source>New folder path or WebDAV address</source>
        <translation>Nuovo percorso della cartella o indirizzo WebDAV</translation>
    </message>
    <message>
        <source>Move the circle</source>
        <translation>Sposta la cerchia</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annulla</translation>
    </message>
</context>
<context>
    <name>SyncCredentials</name>
    <message>
        <source>Kept until the app quits: the keychain is not available (%1).</source>
        <translation>Conservato fino alla chiusura dell&apos;app: il portachiavi non è disponibile (%1).</translation>
    </message>
    <message>
        <source>Kept until the app quits: the keychain refused it (%1).</source>
        <translation>Conservato fino alla chiusura dell&apos;app: il portachiavi l&apos;ha rifiutato (%1).</translation>
    </message>
    <message>
        <source>Saved in this device&apos;s keychain.</source>
        <translation>Salvato nel portachiavi di questo dispositivo.</translation>
    </message>
    <message>
        <source>The account was removed from this device.</source>
        <translation>L&apos;account è stato rimosso da questo dispositivo.</translation>
    </message>
    <message>
        <source>The keychain could not remove the account (%1): it would be used again after a restart.</source>
        <translation>Il portachiavi non ha potuto rimuovere l&apos;account (%1): verrebbe usato di nuovo dopo un riavvio.</translation>
    </message>
</context>
<context>
    <name>TemplateDelegate</name>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
</context>
<context>
    <name>TemplateDocument</name>
    <message>
        <source>Cannot open the template: %1</source>
        <translation>Impossibile aprire il modello: %1</translation>
    </message>
    <message>
        <source>New stage</source>
        <translation>Nuova tappa</translation>
    </message>
    <message>
        <source>A touchpoint needs a name and a channel.</source>
        <translation>Un punto di contatto richiede un nome e un canale.</translation>
    </message>
    <message>
        <source>A criterion needs words and a weight above zero.</source>
        <translation>Un criterio richiede un testo e un peso maggiore di zero.</translation>
    </message>
    <message>
        <source>A target time must be longer than zero seconds.</source>
        <translation>Un tempo obiettivo deve essere maggiore di zero secondi.</translation>
    </message>
    <message>
        <source>The vault is locked.</source>
        <translation>La cassaforte è bloccata.</translation>
    </message>
    <message>
        <source>The template was not saved: %1</source>
        <translation>Il modello non è stato salvato: %1</translation>
    </message>
</context>
<context>
    <name>TemplateEditorPage</name>
    <message>
        <source>Edit journey</source>
        <translation>Modifica journey</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Salva</translation>
    </message>
    <message>
        <source>Save the journey</source>
        <translation>Salva il journey</translation>
    </message>
    <message>
        <source>Saved to the library.</source>
        <translation>Salvato nella libreria.</translation>
    </message>
    <message>
        <source>Journey name</source>
        <translation>Nome del journey</translation>
    </message>
    <message>
        <source>Persona</source>
        <translation>Persona</translation>
    </message>
</context>
<context>
    <name>TemplateListModel</name>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Impossibile leggere %1: %2</translation>
    </message>
    <message>
        <source>Cannot list the templates: %1</source>
        <translation>Impossibile elencare i modelli: %1</translation>
    </message>
    <message>
        <source>The vault is locked.</source>
        <translation>La cassaforte è bloccata.</translation>
    </message>
    <message>
        <source>%1 is not a valid journey template: %2</source>
        <translation>%1 non è un modello di journey valido: %2</translation>
    </message>
    <message>
        <source>Could not import %1: %2</source>
        <translation>Impossibile importare %1: %2</translation>
    </message>
    <message>
        <source>%1 (copy)</source>
        <translation>%1 (copia)</translation>
    </message>
    <message>
        <source>Could not duplicate the template: %1</source>
        <translation>Impossibile duplicare il modello: %1</translation>
    </message>
    <message>
        <source>Could not delete the template: %1</source>
        <translation>Impossibile eliminare il modello: %1</translation>
    </message>
</context>
<context>
    <name>TimingPanel</name>
    <message>
        <source>This wait keeps running when you close the app. Close it from Pending waits when the answer arrives.</source>
        <translation>Questa attesa continua anche quando chiudi l&apos;app. Chiudila da Attese in corso quando arriva la risposta.</translation>
    </message>
    <message>
        <source>Next touchpoint</source>
        <translation>Prossimo punto di contatto</translation>
    </message>
    <message>
        <source>Journey done: see the summary</source>
        <translation>Journey completato: vedi il riepilogo</translation>
    </message>
</context>
<context>
    <name>TotalsCard</name>
    <message>
        <source>Time and effort</source>
        <translation>Tempo e sforzo</translation>
    </message>
    <message>
        <source>Customer time</source>
        <translation>Tempo del cliente</translation>
    </message>
    <message>
        <source>Effort (contacts + handoffs + repeats)</source>
        <translation>Sforzo (contatti + passaggi + ripetizioni)</translation>
    </message>
    <message>
        <source>Contacts needed</source>
        <translation>Contatti necessari</translation>
    </message>
    <message>
        <source>Handoffs / times repeated</source>
        <translation>Passaggi / ripetizioni</translation>
    </message>
    <message>
        <source>Target times missed</source>
        <translation>Tempi obiettivo mancati</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Sì</translation>
    </message>
    <message>
        <source>No</source>
        <translation>No</translation>
    </message>
    <message>
        <source>Resolved at first contact</source>
        <translation>Risolto al primo contatto</translation>
    </message>
</context>
<context>
    <name>TouchpointDelegate</name>
    <message>
        <source>%1 · owned by %2</source>
        <translation>%1 · di competenza di %2</translation>
    </message>
    <message>
        <source>no department</source>
        <translation>nessun reparto</translation>
    </message>
    <message>
        <source>Targets: %1</source>
        <translation>Obiettivi: %1</translation>
    </message>
    <message>
        <source>Must-be</source>
        <translation>Requisito di base</translation>
    </message>
    <message>
        <source>Delighter</source>
        <translation>Attrattivo</translation>
    </message>
</context>
<context>
    <name>TouchpointEditorDelegate</name>
    <message>
        <source>Touchpoint</source>
        <translation>Punto di contatto</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Rimuovi</translation>
    </message>
    <message>
        <source>Remove touchpoint %1</source>
        <translation>Rimuovi il punto di contatto %1</translation>
    </message>
    <message>
        <source>Owning department</source>
        <translation>Reparto responsabile</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Canale</translation>
    </message>
    <message>
        <source>Criteria</source>
        <translation>Criteri</translation>
    </message>
    <message>
        <source>Must-be</source>
        <translation>Requisito di base</translation>
    </message>
    <message>
        <source>Delighter</source>
        <translation>Attrattivo</translation>
    </message>
    <message>
        <source>Remove criterion %1</source>
        <translation>Rimuovi il criterio %1</translation>
    </message>
    <message>
        <source>New criterion</source>
        <translation>Nuovo criterio</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Aggiungi</translation>
    </message>
    <message>
        <source>Add criterion</source>
        <translation>Aggiungi criterio</translation>
    </message>
    <message>
        <source>Target times</source>
        <translation>Tempi obiettivo</translation>
    </message>
    <message>
        <source>Remove target time for %1</source>
        <translation>Rimuovi il tempo obiettivo per %1</translation>
    </message>
    <message>
        <source>Phase of the target time</source>
        <translation>Fase del tempo obiettivo</translation>
    </message>
    <message>
        <source>Target in minutes</source>
        <translation>Obiettivo in minuti</translation>
    </message>
    <message>
        <source>min</source>
        <translation>min</translation>
    </message>
    <message>
        <source>Add target time</source>
        <translation>Aggiungi tempo obiettivo</translation>
    </message>
</context>
<context>
    <name>UndoBar</name>
    <message>
        <source>Contact ended: %1</source>
        <translation>Contatto concluso: %1</translation>
    </message>
    <message>
        <source>Now: %1</source>
        <translation>Ora: %1</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Annulla</translation>
    </message>
    <message>
        <source>Undo the end of the contact</source>
        <translation>Annulla la fine del contatto</translation>
    </message>
    <message>
        <source>Undo the change to %1</source>
        <translation>Annulla il passaggio a %1</translation>
    </message>
</context>
<context>
    <name>UnlockPage</name>
    <message>
        <source>Unlock</source>
        <translation>Sblocca</translation>
    </message>
    <message>
        <source>InTheirShoes</source>
        <translation>InTheirShoes</translation>
    </message>
    <message>
        <source>Enter the recovery code you wrote down when you created the vault, then choose a new passphrase.</source>
        <translation>Inserisci il codice di recupero che hai annotato quando hai creato la cassaforte, poi scegli una nuova passphrase.</translation>
    </message>
    <message>
        <source>Your observations are encrypted on this device. Enter your passphrase to open them.</source>
        <translation>Le tue osservazioni sono cifrate su questo dispositivo. Inserisci la passphrase per aprirle.</translation>
    </message>
    <message>
        <source>Locked because the app went to the background.</source>
        <translation>Bloccata perché l&apos;app è passata in background.</translation>
    </message>
    <message numerus="yes">
        <source>Locked after %n idle minute(s).</source>
        <translation>
            <numerusform>Bloccata dopo %n minuto di inattività.</numerusform>
            <numerusform>Bloccata dopo %n minuti di inattività.</numerusform>
        </translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Passphrase</translation>
    </message>
    <message>
        <source>Unlocking…</source>
        <translation>Sblocco in corso…</translation>
    </message>
    <message>
        <source>Working</source>
        <translation>Operazione in corso</translation>
    </message>
    <message>
        <source>Back to passphrase</source>
        <translation>Torna alla passphrase</translation>
    </message>
    <message>
        <source>Forgot the passphrase? Use the recovery code</source>
        <translation>Passphrase dimenticata? Usa il codice di recupero</translation>
    </message>
    <message>
        <source>Unlock with this device</source>
        <translation>Sblocca con questo dispositivo</translation>
    </message>
    <message>
        <source>This vault is damaged: its key file is here, but vault.db is missing or empty. Nothing was changed and no new vault was created. Restore the whole vault folder from a backup. The recovery code replaces a forgotten passphrase; it cannot bring back lost data.</source>
        <translation>Questa cassaforte è danneggiata: il file delle chiavi c&apos;è, ma vault.db manca o è vuoto. Non è stato modificato nulla e non è stata creata una nuova cassaforte. Ripristina l&apos;intera cartella della cassaforte da un backup. Il codice di recupero sostituisce una passphrase dimenticata; non può riportare indietro dati persi.</translation>
    </message>
</context>
<context>
    <name>VaultSession</name>
    <message>
        <source>That passphrase does not open this vault. Nothing was changed: check the keyboard language and Caps Lock, or use your recovery code.</source>
        <translation>Questa passphrase non apre la cassaforte. Non è stato modificato nulla: controlla la lingua della tastiera e il Bloc Maiusc, oppure usa il codice di recupero.</translation>
    </message>
    <message>
        <source>That recovery code does not match this vault. Nothing was changed.</source>
        <translation>Questo codice di recupero non corrisponde alla cassaforte. Non è stato modificato nulla.</translation>
    </message>
    <message>
        <source>The vault files look damaged, so they were left untouched. Keep a copy of the folder and restore a backup. (%1)</source>
        <translation>I file della cassaforte sembrano danneggiati e non sono stati toccati. Conserva una copia della cartella e ripristina un backup. (%1)</translation>
    </message>
    <message>
        <source>A vault already exists here. Unlock it instead.</source>
        <translation>Qui esiste già una cassaforte: sbloccala.</translation>
    </message>
    <message>
        <source>The disk is full. Nothing was written; free some space and try again.</source>
        <translation>Il disco è pieno. Non è stato scritto nulla: libera spazio e riprova.</translation>
    </message>
    <message>
        <source>This vault was written by a newer version of the app. Update the app.</source>
        <translation>Questa cassaforte è stata scritta da una versione più recente dell&apos;app. Aggiorna l&apos;app.</translation>
    </message>
    <message>
        <source>The passphrase cannot be empty.</source>
        <translation>La passphrase non può essere vuota.</translation>
    </message>
    <message>
        <source>The vault is in use by another program. Close it and try again.</source>
        <translation>La cassaforte è in uso da un altro programma. Chiudilo e riprova.</translation>
    </message>
    <message>
        <source>This build cannot encrypt (SQLCipher is missing). Nothing was written.</source>
        <translation>Questa versione non può cifrare (manca SQLCipher). Non è stato scritto nulla.</translation>
    </message>
    <message>
        <source>No vault was found in %1.</source>
        <translation>Nessuna cassaforte trovata in %1.</translation>
    </message>
    <message>
        <source>The vault could not be opened: %1</source>
        <translation>Impossibile aprire la cassaforte: %1</translation>
    </message>
</context>
<context>
    <name>Vocabulary</name>
    <message>
        <source>Phone</source>
        <translation>Telefono</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Email</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>Sito web</translation>
    </message>
    <message>
        <source>App</source>
        <translation>App</translation>
    </message>
    <message>
        <source>Chat</source>
        <translation>Chat</translation>
    </message>
    <message>
        <source>Social media</source>
        <translation>Social media</translation>
    </message>
    <message>
        <source>Store</source>
        <translation>Negozio</translation>
    </message>
    <message>
        <source>Letter / invoice</source>
        <translation>Lettera / fattura</translation>
    </message>
    <message>
        <source>Ringing</source>
        <translation>Squilli</translation>
    </message>
    <message>
        <source>IVR menu</source>
        <translation>Menu IVR</translation>
    </message>
    <message>
        <source>Queue / hold</source>
        <translation>Coda / attesa</translation>
    </message>
    <message>
        <source>Talking</source>
        <translation>Conversazione</translation>
    </message>
    <message>
        <source>On hold</source>
        <translation>In attesa</translation>
    </message>
    <message>
        <source>Transferred</source>
        <translation>Trasferito</translation>
    </message>
    <message>
        <source>Waiting for callback</source>
        <translation>In attesa di richiamata</translation>
    </message>
    <message>
        <source>Waiting for reply</source>
        <translation>In attesa di risposta</translation>
    </message>
    <message>
        <source>Reading</source>
        <translation>Lettura</translation>
    </message>
    <message>
        <source>Waiting for follow-up</source>
        <translation>In attesa di seguito</translation>
    </message>
    <message>
        <source>Chatbot</source>
        <translation>Chatbot</translation>
    </message>
    <message>
        <source>Chatting</source>
        <translation>In chat</translation>
    </message>
    <message>
        <source>Searching</source>
        <translation>Ricerca</translation>
    </message>
    <message>
        <source>Filling a form</source>
        <translation>Compilazione modulo</translation>
    </message>
    <message>
        <source>Page loading</source>
        <translation>Caricamento pagina</translation>
    </message>
    <message>
        <source>Waiting for confirmation</source>
        <translation>In attesa di conferma</translation>
    </message>
    <message>
        <source>Getting there</source>
        <translation>Arrivo sul posto</translation>
    </message>
    <message>
        <source>Being served</source>
        <translation>Servito</translation>
    </message>
    <message>
        <source>Waiting for staff</source>
        <translation>In attesa del personale</translation>
    </message>
    <message>
        <source>Conversation</source>
        <translation>Conversazione</translation>
    </message>
    <message>
        <source>Redirected</source>
        <translation>Reindirizzato</translation>
    </message>
    <message>
        <source>Waiting for letter</source>
        <translation>In attesa della lettera</translation>
    </message>
    <message>
        <source>Waiting for refund</source>
        <translation>In attesa del rimborso</translation>
    </message>
    <message>
        <source>Waiting for activation</source>
        <translation>In attesa di attivazione</translation>
    </message>
    <message>
        <source>Waiting for an appointment</source>
        <translation>In attesa di un appuntamento</translation>
    </message>
    <message>
        <source>Delayed</source>
        <translation>In ritardo</translation>
    </message>
    <message>
        <source>Service down</source>
        <translation>Servizio non disponibile</translation>
    </message>
    <message>
        <source>Technician visit</source>
        <translation>Visita del tecnico</translation>
    </message>
    <message>
        <source>Visit</source>
        <translation>Visita</translation>
    </message>
    <message>
        <source>Waiting for information</source>
        <translation>In attesa di informazioni</translation>
    </message>
    <message>
        <source>Whole contact</source>
        <translation>Intero contatto</translation>
    </message>
    <message>
        <source>Telecoms</source>
        <translation>Telecomunicazioni</translation>
    </message>
    <message>
        <source>Utilities</source>
        <translation>Energia e servizi</translation>
    </message>
    <message>
        <source>Banking</source>
        <translation>Banca</translation>
    </message>
    <message>
        <source>Insurance</source>
        <translation>Assicurazioni</translation>
    </message>
    <message>
        <source>Retail</source>
        <translation>Retail</translation>
    </message>
    <message>
        <source>Grocery</source>
        <translation>Grande distribuzione</translation>
    </message>
    <message>
        <source>Transport</source>
        <translation>Trasporti</translation>
    </message>
    <message>
        <source>Airline</source>
        <translation>Compagnia aerea</translation>
    </message>
    <message>
        <source>Accounts receivable</source>
        <translation>Crediti verso clienti</translation>
    </message>
    <message>
        <source>Billing</source>
        <translation>Fatturazione</translation>
    </message>
    <message>
        <source>Branch network</source>
        <translation>Rete delle filiali</translation>
    </message>
    <message>
        <source>Claims</source>
        <translation>Sinistri</translation>
    </message>
    <message>
        <source>Claims payments</source>
        <translation>Liquidazione sinistri</translation>
    </message>
    <message>
        <source>Contact centre</source>
        <translation>Contact center</translation>
    </message>
    <message>
        <source>Credit collections</source>
        <translation>Recupero crediti</translation>
    </message>
    <message>
        <source>Credit underwriting</source>
        <translation>Istruttoria fidi</translation>
    </message>
    <message>
        <source>Customer care</source>
        <translation>Assistenza clienti</translation>
    </message>
    <message>
        <source>Digital banking</source>
        <translation>Banca digitale</translation>
    </message>
    <message>
        <source>Digital channels</source>
        <translation>Canali digitali</translation>
    </message>
    <message>
        <source>E-commerce</source>
        <translation>E-commerce</translation>
    </message>
    <message>
        <source>Executive office</source>
        <translation>Direzione</translation>
    </message>
    <message>
        <source>Knowledge management</source>
        <translation>Gestione della conoscenza</translation>
    </message>
    <message>
        <source>Loss adjusting</source>
        <translation>Perizie</translation>
    </message>
    <message>
        <source>Marketing</source>
        <translation>Marketing</translation>
    </message>
    <message>
        <source>Network provisioning</source>
        <translation>Attivazioni di rete</translation>
    </message>
    <message>
        <source>Operations</source>
        <translation>Operations</translation>
    </message>
    <message>
        <source>Payments</source>
        <translation>Pagamenti</translation>
    </message>
    <message>
        <source>Sales</source>
        <translation>Commerciale</translation>
    </message>
    <message>
        <source>Sales back office</source>
        <translation>Back office commerciale</translation>
    </message>
    <message>
        <source>Social media care</source>
        <translation>Assistenza sui social</translation>
    </message>
    <message>
        <source>Store operations</source>
        <translation>Gestione negozi</translation>
    </message>
    <message>
        <source>Valuation</source>
        <translation>Perizia immobiliare</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>Risolto</translation>
    </message>
    <message>
        <source>Partly resolved</source>
        <translation>Risolto in parte</translation>
    </message>
    <message>
        <source>Not resolved</source>
        <translation>Non risolto</translation>
    </message>
    <message>
        <source>Gave up</source>
        <translation>Ho rinunciato</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>In corso</translation>
    </message>
    <message>
        <source>Pain point</source>
        <translation>Punto critico</translation>
    </message>
    <message>
        <source>Memorable moment</source>
        <translation>Momento memorabile</translation>
    </message>
    <message>
        <source>Nothing special</source>
        <translation>Niente di particolare</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>Attesa</translation>
    </message>
    <message>
        <source>Silos</source>
        <translation>Silos</translation>
    </message>
    <message>
        <source>Repeating myself</source>
        <translation>Dover ripetere</translation>
    </message>
    <message>
        <source>Empathy</source>
        <translation>Empatia</translation>
    </message>
    <message>
        <source>Clarity</source>
        <translation>Chiarezza</translation>
    </message>
    <message>
        <source>Ease</source>
        <translation>Facilità</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>Bassa</translation>
    </message>
    <message>
        <source>Medium</source>
        <translation>Media</translation>
    </message>
    <message>
        <source>High</source>
        <translation>Alta</translation>
    </message>
    <message>
        <source>Administration</source>
        <translation>Amministrazione</translation>
    </message>
    <message>
        <source>d</source>
        <comment>unit symbol for days, as in &apos;2 d 0 h 39 min&apos;</comment>
        <translation>g</translation>
    </message>
    <message>
        <source>h</source>
        <comment>unit symbol for hours, as in &apos;2 d 0 h 39 min&apos;</comment>
        <translation>h</translation>
    </message>
    <message>
        <source>min</source>
        <comment>unit symbol for minutes, as in &apos;2 d 0 h 39 min&apos;</comment>
        <translation>min</translation>
    </message>
    <message>
        <source>s</source>
        <comment>unit symbol for seconds, as in &apos;2 min 30 s&apos;</comment>
        <translation>s</translation>
    </message>
    <message>
        <source>day</source>
        <comment>a target of exactly one day: &apos;1 day&apos;</comment>
        <translation>giorno</translation>
    </message>
    <message>
        <source>days</source>
        <comment>a target of whole days: &apos;5 days&apos;</comment>
        <translation>giorni</translation>
    </message>
    <message>
        <source>hour</source>
        <comment>a target of exactly one hour: &apos;1 hour&apos;</comment>
        <translation>ora</translation>
    </message>
    <message>
        <source>hours</source>
        <comment>a target of whole hours: &apos;4 hours&apos;</comment>
        <translation>ore</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <extracomment>a date and a time of day: &quot;3 Dec 2026, 10:15&quot;</extracomment>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>CES 2.0, scale from 1 to 7</source>
        <translation>CES 2.0, scala da 1 a 7</translation>
    </message>
    <message>
        <source>another effort scale</source>
        <translation>un&apos;altra scala dello sforzo</translation>
    </message>
</context>
<context>
    <name>WaitDelegate</name>
    <message>
        <source>%1: %2 for %3</source>
        <translation>%1: %2 per %3</translation>
    </message>
    <message>
        <source>since %1</source>
        <translation>dal %1</translation>
    </message>
    <message>
        <source>Overdue: target was %1</source>
        <translation>In ritardo: l&apos;obiettivo era %1</translation>
    </message>
    <message>
        <source>Target %1</source>
        <translation>Obiettivo %1</translation>
    </message>
    <message>
        <source>Answer arrived: %1</source>
        <translation>Risposta arrivata: %1</translation>
    </message>
    <message>
        <source>The answer arrived: keep timing the contact</source>
        <translation>La risposta è arrivata: continua a cronometrare il contatto</translation>
    </message>
    <message>
        <source>End contact…</source>
        <translation>Chiudi il contatto…</translation>
    </message>
    <message>
        <source>End this contact and record the outcome</source>
        <translation>Chiudi questo contatto e registra l&apos;esito</translation>
    </message>
</context>
<context>
    <name>WaitsPage</name>
    <message>
        <source>Pending waits</source>
        <translation>Attese in corso</translation>
    </message>
    <message>
        <source>Pending waits (%1 overdue)</source>
        <translation>Attese in corso (%1 in ritardo)</translation>
    </message>
    <message numerus="yes">
        <source>%n wait(s) past the target time. Has the answer arrived?</source>
        <translation>
            <numerusform>%n attesa ha superato il tempo obiettivo. È arrivata la risposta?</numerusform>
            <numerusform>%n attese hanno superato il tempo obiettivo. È arrivata la risposta?</numerusform>
        </translation>
    </message>
    <message>
        <source>No pending waits. When a contact waits for an email, a letter or a callback, it shows here until the answer arrives.</source>
        <translation>Nessuna attesa in corso. Quando un contatto aspetta un&apos;email, una lettera o una richiamata, compare qui finché non arriva la risposta.</translation>
    </message>
</context>
<context>
    <name>WalkController</name>
    <message>
        <source>The vault is locked.</source>
        <translation>La cassaforte è bloccata.</translation>
    </message>
    <message>
        <source>Could not start the walk: %1</source>
        <translation>Impossibile iniziare la visita: %1</translation>
    </message>
    <message>
        <source>Could not open the walk: %1</source>
        <translation>Impossibile aprire la visita: %1</translation>
    </message>
    <message>
        <source>Could not read the walk: %1</source>
        <translation>Impossibile leggere la visita: %1</translation>
    </message>
    <message>
        <source>Could not finish the walk: %1</source>
        <translation>Impossibile concludere la visita: %1</translation>
    </message>
    <message>
        <source>Could not reopen the walk: %1</source>
        <translation>Impossibile riaprire la visita: %1</translation>
    </message>
</context>
<context>
    <name>WalkHistoryDelegate</name>
    <message>
        <source>as %1</source>
        <translation>come %1</translation>
    </message>
    <message numerus="yes">
        <source>%n contact(s)</source>
        <translation>
            <numerusform>%n contatto</numerusform>
            <numerusform>%n contatti</numerusform>
        </translation>
    </message>
    <message>
        <source>finished</source>
        <translation>conclusa</translation>
    </message>
    <message>
        <source>in progress</source>
        <translation>in corso</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Apri</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>Continua</translation>
    </message>
    <message>
        <source>Open the walk %1</source>
        <translation>Apri la visita %1</translation>
    </message>
    <message>
        <source>Reopen</source>
        <translation>Riapri</translation>
    </message>
    <message>
        <source>Reopen the walk %1 to change it</source>
        <translation>Riapri la visita %1 per modificarla</translation>
    </message>
    <message>
        <source>Export walk</source>
        <translation>Esporta visita</translation>
    </message>
    <message>
        <source>Export the full walk, private notes included</source>
        <translation>Esporta l&apos;intera visita, note private incluse</translation>
    </message>
    <message>
        <source>Export summary</source>
        <translation>Esporta riepilogo</translation>
    </message>
    <message>
        <source>Export the shareable summary</source>
        <translation>Esporta il riepilogo condivisibile</translation>
    </message>
    <message>
        <source>Summary queued for the review</source>
        <translation>Riepilogo in coda per la revisione</translation>
    </message>
    <message>
        <source>Summary on its way to the review…</source>
        <translation>Riepilogo in viaggio verso la revisione…</translation>
    </message>
    <message>
        <source>Summary delivered to the review</source>
        <translation>Riepilogo consegnato alla revisione</translation>
    </message>
    <message>
        <source>Summary not delivered yet: %1. Next try at %2.</source>
        <translation>Riepilogo non ancora consegnato: %1. Prossimo tentativo alle %2.</translation>
    </message>
</context>
<context>
    <name>WalkHistoryModel</name>
    <message>
        <source>Cannot list the walks: %1</source>
        <translation>Impossibile elencare le visite: %1</translation>
    </message>
    <message>
        <source>No file was chosen.</source>
        <translation>Nessun file scelto.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Impossibile scrivere %1: %2</translation>
    </message>
    <message>
        <source>The vault is locked.</source>
        <translation>La cassaforte è bloccata.</translation>
    </message>
    <message>
        <source>Export failed: %1</source>
        <translation>Esportazione non riuscita: %1</translation>
    </message>
    <message>
        <source>Cannot reopen the walk: %1</source>
        <translation>Impossibile riaprire la visita: %1</translation>
    </message>
    <message>
        <source>Cannot delete the walk: %1</source>
        <translation>Impossibile eliminare la visita: %1</translation>
    </message>
</context>
<context>
    <name>WalkPage</name>
    <message>
        <source>Walk</source>
        <translation>Visita</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Riepilogo</translation>
    </message>
    <message>
        <source>Show the walk summary</source>
        <translation>Mostra il riepilogo della visita</translation>
    </message>
    <message>
        <source>Finished walk as %1</source>
        <translation>Visita conclusa come %1</translation>
    </message>
    <message>
        <source>Walking as %1</source>
        <translation>In visita come %1</translation>
    </message>
    <message>
        <source>Continue: %1</source>
        <translation>Continua: %1</translation>
    </message>
</context>
<context>
    <name>WalkSummaryView</name>
    <message>
        <source>The summary cannot be computed: %1</source>
        <translation>Impossibile calcolare il riepilogo: %1</translation>
    </message>
    <message>
        <source>Answer not saved: %1</source>
        <translation>Risposta non salvata: %1</translation>
    </message>
</context>
<context>
    <name>its::media::VoiceRecorder</name>
    <message>
        <source>This system cannot encode voice: neither Opus nor Vorbis in Ogg is available (install the GStreamer base and good plugins).</source>
        <translation>Questo sistema non sa codificare la voce: non sono disponibili né Opus né Vorbis in Ogg (installa i plugin GStreamer base e good).</translation>
    </message>
    <message>
        <source>The recording failed: %1</source>
        <translation>La registrazione non è riuscita: %1</translation>
    </message>
    <message>
        <source>A recording is already running or waiting to be saved.</source>
        <translation>C&apos;è già una registrazione in corso o in attesa di essere salvata.</translation>
    </message>
    <message>
        <source>The microphone sent no sound. Check that it is connected and not in use by another app, then try again.</source>
        <translation>Il microfono non ha inviato alcun suono. Controlla che sia collegato e non in uso da un&apos;altra app, poi riprova.</translation>
    </message>
    <message>
        <source>Nothing was recorded: the microphone had not started yet. Try again.</source>
        <translation>Non è stato registrato nulla: il microfono non era ancora partito. Riprova.</translation>
    </message>
</context>
<context>
    <name>review</name>
    <message>
        <source>No file was chosen.</source>
        <translation>Nessun file scelto.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Impossibile scrivere %1: %2</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Impossibile leggere %1: %2</translation>
    </message>
</context>
</TS>
