<?xml version='1.0' encoding='utf-8'?>
<!DOCTYPE TS>
<TS version="2.1" language="it" sourcelanguage="en">
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
        <source>Walk your company's customer journeys as a customer would, and record what you find. Everything stays encrypted on this device.</source>
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
        <source>Executive: walk journeys and record them</source>
        <translation>Manager: percorre i journey e li registra</translation>
    </message>
    <message>
        <source>CCO review (coming later)</source>
        <translation>Revisione CCO (in arrivo)</translation>
    </message>
    <message>
        <source>Team (coming later)</source>
        <translation>Team (in arrivo)</translation>
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
</context>
<context>
    <name>HistoryPage</name>
    <message>
        <source>Walks</source>
        <translation>Visite</translation>
    </message>
    <message>
        <source>Nothing here yet.</source>
        <translation>Qui non c'è ancora niente.</translation>
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
        <source>Lock</source>
        <translation>Blocca</translation>
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
    <name>LibraryPage</name>
    <message>
        <source>Journey library</source>
        <translation>Libreria dei journey</translation>
    </message>
    <message>
        <source>Nothing here yet.</source>
        <translation>Qui non c'è ancora niente.</translation>
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
        <translation>È una delle password più usate: scegline un'altra.</translation>
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
    <name>RecoveryCodeCard</name>
    <message>
        <source>If you forget your passphrase, this code is the only way back into your vault. Write it down and keep it somewhere safe. It will not be shown again.</source>
        <translation>Se dimentichi la passphrase, questo codice è l'unico modo per rientrare nella cassaforte. Scrivilo e conservalo in un luogo sicuro: non verrà mostrato di nuovo.</translation>
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
        <translation>L'ho scritto e conservato al sicuro</translation>
    </message>
    <message>
        <source>Open the app</source>
        <translation>Apri l'app</translation>
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
        <translation>La cassaforte si blocca anche ogni volta che l'app passa in background.</translation>
    </message>
    <message>
        <source>Never when idle</source>
        <translation>Mai per inattività</translation>
    </message>
    <message numerus="yes">
        <source>%n min</source>
        <translation>
            <numerusform>%n min</numerusform><numerusform>%n min</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Lock after %n idle minute(s)</source>
        <translation>
            <numerusform>Blocca dopo %n minuto di inattività</numerusform><numerusform>Blocca dopo %n minuti di inattività</numerusform></translation>
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
        <source>Executive. CCO review and team roles come in a later version.</source>
        <translation>Manager. I ruoli di revisione CCO e di team arriveranno in una versione successiva.</translation>
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
        <translation>Bloccata perché l'app è passata in background.</translation>
    </message>
    <message numerus="yes">
        <source>Locked after %n idle minute(s).</source>
        <translation>
            <numerusform>Bloccata dopo %n minuto di inattività.</numerusform><numerusform>Bloccata dopo %n minuti di inattività.</numerusform></translation>
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
        <translation>Questa cassaforte è stata scritta da una versione più recente dell'app. Aggiorna l'app.</translation>
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
    <name>WaitsPage</name>
    <message>
        <source>Pending waits</source>
        <translation>Attese in corso</translation>
    </message>
    <message>
        <source>Nothing here yet.</source>
        <translation>Qui non c'è ancora niente.</translation>
    </message>
</context>
</TS>