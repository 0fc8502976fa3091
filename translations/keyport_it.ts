<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="it_IT">
<context>
    <name>Keyport::AboutDialog</name>
    <message>
        <source>About Keyport</source>
        <translation>Informazioni su Keyport</translation>
    </message>
    <message>
        <source>Version %1</source>
        <translation>Versione %1</translation>
    </message>
    <message>
        <source>Manages Exoscale IAM access keys, and keeps their secrets in the system keychain.</source>
        <translation>Gestisce le chiavi di accesso IAM di Exoscale e ne conserva i segreti nel portachiavi di sistema.</translation>
    </message>
    <message>
        <source>Free software under the GNU General Public License, version 3 or any later version (GPL-3.0-or-later). It comes with no warranty.</source>
        <translation>Software libero distribuito secondo i termini della GNU General Public License, versione 3 o qualsiasi versione successiva (GPL-3.0-or-later). Viene fornito senza alcuna garanzia.</translation>
    </message>
    <message>
        <source>The GNU General Public License</source>
        <translation>La GNU General Public License</translation>
    </message>
    <message>
        <source>Keyport&apos;s README: how to use it</source>
        <translation>Il README di Keyport: come usarlo</translation>
    </message>
    <message>
        <source>Exoscale&apos;s IAM documentation</source>
        <translation>La documentazione IAM di Exoscale</translation>
    </message>
    <message>
        <source>Built with Qt %1, running with Qt %2.</source>
        <translation>Compilato con Qt %1, in esecuzione con Qt %2.</translation>
    </message>
</context>
<context>
    <name>Keyport::AccessKeyFilterModel</name>
    <message numerus="yes">
        <source>%n key(s)</source>
        <translation>
            <numerusform>%n chiave</numerusform>
            <numerusform>%n chiavi</numerusform>
        </translation>
    </message>
    <message>
        <source>No key matches</source>
        <translation>Nessuna chiave corrisponde</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n key(s) match</source>
        <translation>
            <numerusform>%1 di %n chiave corrispondono</numerusform>
            <numerusform>%1 di %n chiavi corrispondono</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Keyport::AccessKeyListReader</name>
    <message>
        <source>invalid JSON at offset %1 (%2)</source>
        <translation>JSON non valido alla posizione %1 (%2)</translation>
    </message>
    <message>
        <source>unexpected end of the data</source>
        <translation>fine inattesa dei dati</translation>
    </message>
    <message>
        <source>expected &apos;%1&apos;</source>
        <translation>era atteso &apos;%1&apos;</translation>
    </message>
    <message>
        <source>an invalid \u escape</source>
        <translation>una sequenza di escape \u non valida</translation>
    </message>
    <message>
        <source>invalid UTF-8 in a string</source>
        <translation>UTF-8 non valido in una stringa</translation>
    </message>
    <message>
        <source>unterminated string</source>
        <translation>stringa non terminata</translation>
    </message>
    <message>
        <source>an invalid value</source>
        <translation>un valore non valido</translation>
    </message>
    <message>
        <source>an invalid number</source>
        <translation>un numero non valido</translation>
    </message>
    <message>
        <source>too deeply nested</source>
        <translation>annidamento troppo profondo</translation>
    </message>
    <message>
        <source>the field &quot;%1&quot; is not a list</source>
        <translation>il campo &quot;%1&quot; non è un elenco</translation>
    </message>
    <message>
        <source>the field &quot;%1&quot; holds something that is not a string</source>
        <translation>il campo &quot;%1&quot; contiene qualcosa che non è una stringa</translation>
    </message>
    <message>
        <source>&quot;resources&quot; is not a list</source>
        <translation>&quot;resources&quot; non è un elenco</translation>
    </message>
    <message>
        <source>a resource is not an object</source>
        <translation>una risorsa non è un oggetto</translation>
    </message>
    <message>
        <source>the field &quot;%1&quot; is not a string</source>
        <translation>il campo &quot;%1&quot; non è una stringa</translation>
    </message>
    <message>
        <source>in a resource, the field &quot;%1&quot; is missing</source>
        <translation>in una risorsa manca il campo &quot;%1&quot;</translation>
    </message>
    <message>
        <source>in a resource, %1</source>
        <translation>in una risorsa, %1</translation>
    </message>
    <message>
        <source>in an access key, the field &quot;key&quot; is missing</source>
        <translation>in una chiave di accesso manca il campo &quot;key&quot;</translation>
    </message>
    <message>
        <source>in an access key, %1</source>
        <translation>in una chiave di accesso, %1</translation>
    </message>
    <message>
        <source>an access key has an empty id</source>
        <translation>una chiave di accesso ha un ID vuoto</translation>
    </message>
    <message>
        <source>in the access key %1: %2</source>
        <translation>nella chiave di accesso %1: %2</translation>
    </message>
    <message>
        <source>the field &quot;access-keys&quot; is missing</source>
        <translation>manca il campo &quot;access-keys&quot;</translation>
    </message>
    <message>
        <source>the field &quot;access-keys&quot; is not a list</source>
        <translation>il campo &quot;access-keys&quot; non è un elenco</translation>
    </message>
    <message>
        <source>entry %1 of the key list is not an object</source>
        <translation>la voce %1 dell&apos;elenco delle chiavi non è un oggetto</translation>
    </message>
    <message>
        <source>garbage after the end of the document</source>
        <translation>dati estranei dopo la fine del documento</translation>
    </message>
    <message>
        <source>expected a JSON object</source>
        <translation>era atteso un oggetto JSON</translation>
    </message>
</context>
<context>
    <name>Keyport::AccessKeyModel</name>
    <message>
        <source>Restricted</source>
        <translation>Limitata</translation>
    </message>
    <message>
        <source>Unrestricted</source>
        <translation>Illimitata</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Sconosciuto</translation>
    </message>
    <message>
        <source>Every right of the signing key</source>
        <translation>Tutti i diritti della chiave di firma</translation>
    </message>
    <message numerus="yes">
        <source>%n operation(s)</source>
        <translation>
            <numerusform>%n operazione</numerusform>
            <numerusform>%n operazioni</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n resource(s)</source>
        <translation>
            <numerusform>%n risorsa</numerusform>
            <numerusform>%n risorse</numerusform>
        </translation>
    </message>
    <message>
        <source>No restrictions listed</source>
        <translation>Nessuna restrizione indicata</translation>
    </message>
    <message>
        <source>Stored</source>
        <translation>Salvato</translation>
    </message>
    <message>
        <source>Keyport does not hold this key&apos;s secret.</source>
        <translation>Keyport non conserva il segreto di questa chiave.</translation>
    </message>
    <message>
        <source>Keyport holds this key&apos;s secret.</source>
        <translation>Keyport conserva il segreto di questa chiave.</translation>
    </message>
    <message>
        <source>Keyport holds this key&apos;s secret in %1.</source>
        <translation>Keyport conserva il segreto di questa chiave %1.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nome</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Chiave</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Restrictions</source>
        <translation>Restrizioni</translation>
    </message>
    <message>
        <source>Secret</source>
        <translation>Segreto</translation>
    </message>
    <message>
        <source>Every right</source>
        <translation>Tutti i diritti</translation>
    </message>
    <message numerus="yes">
        <source>%n tag(s)</source>
        <comment>compact</comment>
        <translation>
            <numerusform>%n tag</numerusform>
            <numerusform>%n tag</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n op(s)</source>
        <comment>compact: operations</comment>
        <translation>
            <numerusform>%n op.</numerusform>
            <numerusform>%n op.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n res.</source>
        <comment>compact: resources</comment>
        <translation>
            <numerusform>%n ris.</numerusform>
            <numerusform>%n ris.</numerusform>
        </translation>
    </message>
    <message>
        <source>None listed</source>
        <translation>Nessuna indicata</translation>
    </message>
    <message>
        <source>%1 (signing key)</source>
        <translation>%1 (chiave di firma)</translation>
    </message>
</context>
<context>
    <name>Keyport::AccessKeyResource</name>
    <message>
        <source>&quot;%1&quot; is not a resource: write it as DOMAIN/TYPE:NAME, e.g. sos/bucket:my-bucket.</source>
        <translation>&quot;%1&quot; non è una risorsa: scriverla come DOMINIO/TIPO:NOME, ad es. sos/bucket:my-bucket.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a resource: domain, type and name must all be given, as in sos/bucket:my-bucket.</source>
        <translation>&quot;%1&quot; non è una risorsa: occorre indicare dominio, tipo e nome, come in sos/bucket:my-bucket.</translation>
    </message>
    <message>
        <source>Unknown resource domain &quot;%1&quot;: use &quot;sos&quot; (buckets) or &quot;partner&quot; (products).</source>
        <translation>Dominio di risorsa sconosciuto &quot;%1&quot;: usare &quot;sos&quot; (bucket) o &quot;partner&quot; (prodotti).</translation>
    </message>
    <message>
        <source>Resources of the domain &quot;%1&quot; are of the type &quot;%2&quot;, not &quot;%3&quot;.</source>
        <translation>Le risorse del dominio &quot;%1&quot; sono del tipo &quot;%2&quot;, non &quot;%3&quot;.</translation>
    </message>
    <message>
        <source>The resource needs a name.</source>
        <translation>La risorsa deve avere un nome.</translation>
    </message>
    <message>
        <source>A product name cannot contain spaces or control characters.</source>
        <translation>Il nome di un prodotto non può contenere spazi o caratteri di controllo.</translation>
    </message>
    <message numerus="yes">
        <source>A bucket name has 3 to 63 characters; &quot;%1&quot; has %n.</source>
        <translation>
            <numerusform>Il nome di un bucket deve avere da 3 a 63 caratteri; &quot;%1&quot; ne ha %n.</numerusform>
            <numerusform>Il nome di un bucket deve avere da 3 a 63 caratteri; &quot;%1&quot; ne ha %n.</numerusform>
        </translation>
    </message>
    <message>
        <source>A bucket name may hold only lower-case letters, digits, dots and hyphens.</source>
        <translation>Il nome di un bucket può contenere solo lettere minuscole, cifre, punti e trattini.</translation>
    </message>
    <message>
        <source>A bucket name starts and ends with a letter or a digit.</source>
        <translation>Il nome di un bucket deve iniziare e terminare con una lettera o una cifra.</translation>
    </message>
    <message>
        <source>A bucket name cannot look like an IP address.</source>
        <translation>Il nome di un bucket non può avere la forma di un indirizzo IP.</translation>
    </message>
</context>
<context>
    <name>Keyport::AccessKeysPage</name>
    <message>
        <source>No key matches.</source>
        <translation>Nessuna chiave corrisponde.</translation>
    </message>
    <message>
        <source>C&amp;lear Search</source>
        <translation>Cance&amp;lla ricerca</translation>
    </message>
    <message>
        <source>Search names, keys, tags, operations, resources</source>
        <translation>Cerca nomi, chiavi, tag, operazioni, risorse</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Cerca</translation>
    </message>
    <message>
        <source>All types</source>
        <translation>Tutti i tipi</translation>
    </message>
    <message>
        <source>Restricted</source>
        <translation>Limitata</translation>
    </message>
    <message>
        <source>Unrestricted</source>
        <translation>Illimitata</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Access keys</source>
        <translation>Chiavi di accesso</translation>
    </message>
    <message>
        <source>Exoscale has not answered yet. Keyport keeps waiting; you can cancel, or try again.</source>
        <translation>Exoscale non ha ancora risposto. Keyport continua ad attendere; è possibile annullare o riprovare.</translation>
    </message>
    <message>
        <source>Exoscale asked Keyport to wait before asking again: the list will be refreshed at %1.</source>
        <translation>Exoscale ha chiesto a Keyport di attendere prima di inviare nuove richieste: l&apos;elenco verrà aggiornato alle %1.</translation>
    </message>
    <message>
        <source>This list is from %1 and may be out of date: loading was cancelled.</source>
        <translation>Questo elenco risale alle %1 e potrebbe non essere aggiornato: il caricamento è stato annullato.</translation>
    </message>
    <message>
        <source>This list is from %1 and may be out of date: the last refresh failed.</source>
        <translation>Questo elenco risale alle %1 e potrebbe non essere aggiornato: l&apos;ultimo aggiornamento non è riuscito.</translation>
    </message>
    <message>
        <source>The key list could not be loaded: %1</source>
        <translation>Impossibile caricare l&apos;elenco delle chiavi: %1</translation>
    </message>
    <message>
        <source>The key list could not be loaded either, for the same reason.</source>
        <translation>Per lo stesso motivo, non è stato possibile caricare nemmeno l&apos;elenco delle chiavi.</translation>
    </message>
    <message>
        <source>The list of operations keys may be restricted to could not be loaded: %1</source>
        <translation>Impossibile caricare l&apos;elenco delle operazioni a cui è possibile limitare le chiavi: %1</translation>
    </message>
    <message>
        <source>The list of operations keys may be restricted to could not be loaded either, for the same reason.</source>
        <translation>Per lo stesso motivo, non è stato possibile caricare nemmeno l&apos;elenco delle operazioni a cui è possibile limitare le chiavi.</translation>
    </message>
    <message>
        <source>The signing key&apos;s own rights could not be listed: %1</source>
        <translation>Impossibile elencare i diritti propri della chiave di firma: %1</translation>
    </message>
    <message>
        <source>The signing key&apos;s own rights could not be listed either, for the same reason.</source>
        <translation>Per lo stesso motivo, non è stato possibile elencare nemmeno i diritti propri della chiave di firma.</translation>
    </message>
    <message>
        <source>This account signs with an IAM API key. Legacy access keys are created and revoked with a legacy access key: add an account that signs with one to manage them here. This account&apos;s API keys, roles and organization policy are in its other sections.</source>
        <translation>Questo account firma con una chiave API IAM. Le chiavi di accesso legacy si creano e si revocano con una chiave di accesso legacy: per gestirle qui, aggiungere un account che firma con una di esse. Le chiavi API, i ruoli e la policy dell&apos;organizzazione di questo account si trovano nelle sue altre sezioni.</translation>
    </message>
</context>
<context>
    <name>Keyport::Account</name>
    <message>
        <source>The account needs a name.</source>
        <translation>L&apos;account deve avere un nome.</translation>
    </message>
    <message>
        <source>An account name has at most 64 characters.</source>
        <translation>Il nome di un account può avere al massimo 64 caratteri.</translation>
    </message>
    <message>
        <source>An account name cannot start or end with a space.</source>
        <translation>Il nome di un account non può iniziare o terminare con uno spazio.</translation>
    </message>
    <message>
        <source>An account name cannot contain a slash.</source>
        <translation>Il nome di un account non può contenere una barra.</translation>
    </message>
    <message>
        <source>An account name cannot contain control characters.</source>
        <translation>Il nome di un account non può contenere caratteri di controllo.</translation>
    </message>
    <message>
        <source>An account name cannot contain invisible characters that change the direction of the text.</source>
        <translation>Il nome di un account non può contenere caratteri invisibili che cambiano la direzione del testo.</translation>
    </message>
    <message>
        <source>The account needs an API key.</source>
        <translation>L&apos;account richiede una chiave API.</translation>
    </message>
    <message>
        <source>An Exoscale API key is EXO followed by 24 hexadecimal digits (0-9, a-f).</source>
        <translation>Una chiave API Exoscale è composta da EXO seguito da 24 cifre esadecimali (0-9, a-f).</translation>
    </message>
</context>
<context>
    <name>Keyport::AccountSession</name>
    <message>
        <source>No secret store is available for the account&apos;s secret.</source>
        <translation>Nessun archivio dei segreti disponibile per il segreto dell&apos;account.</translation>
    </message>
    <message>
        <source>The secret of the account %1 is not in %2. Remove the account and add it again with its secret.</source>
        <translation>Il segreto dell&apos;account %1 non si trova %2. Rimuovere l&apos;account e aggiungerlo di nuovo con il suo segreto.</translation>
    </message>
</context>
<context>
    <name>Keyport::AccountStatusBar</name>
    <message>
        <source>Loading</source>
        <translation>Caricamento</translation>
    </message>
    <message>
        <source>No account</source>
        <translation>Nessun account</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Refreshed at %1</source>
        <translation>Aggiornato alle %1</translation>
    </message>
    <message>
        <source>Signing key: an IAM API key (it cannot manage legacy access keys)</source>
        <translation>Chiave di firma: una chiave API IAM (non può gestire le chiavi di accesso legacy)</translation>
    </message>
    <message>
        <source>Signing key: rights unknown (the list of operations could not be loaded)</source>
        <translation>Chiave di firma: diritti sconosciuti (impossibile caricare l&apos;elenco delle operazioni)</translation>
    </message>
    <message numerus="yes">
        <source>Signing key: unrestricted, may grant all %n operation(s)</source>
        <translation>
            <numerusform>Chiave di firma: illimitata, può concedere %n operazione</numerusform>
            <numerusform>Chiave di firma: illimitata, può concedere tutte le %n operazioni</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Signing key: restricted, may grant %n operation(s)</source>
        <translation>
            <numerusform>Chiave di firma: limitata, può concedere %n operazione</numerusform>
            <numerusform>Chiave di firma: limitata, può concedere %n operazioni</numerusform>
        </translation>
    </message>
    <message>
        <source>Signing key: cannot list its own rights; every operation is offered</source>
        <translation>Chiave di firma: non può elencare i propri diritti; vengono proposte tutte le operazioni</translation>
    </message>
    <message>
        <source>Signing key: unknown (the list could not be loaded); every operation is offered</source>
        <translation>Chiave di firma: sconosciuta (impossibile caricare l&apos;elenco); vengono proposte tutte le operazioni</translation>
    </message>
    <message>
        <source>Secrets: system keychain</source>
        <translation>Segreti: portachiavi di sistema</translation>
    </message>
    <message>
        <source>Secrets: this session only</source>
        <translation>Segreti: solo questa sessione</translation>
    </message>
    <message>
        <source>Demo mode: Keyport touches neither the system keychain nor its settings; secrets are kept in memory.</source>
        <translation>Modalità demo: Keyport non modifica né il portachiavi di sistema né le proprie impostazioni; i segreti vengono conservati in memoria.</translation>
    </message>
    <message>
        <source>The demo&apos;s keys exist only in its simulated server: their secrets are kept in memory and forgotten when Keyport quits.</source>
        <translation>Le chiavi della demo esistono solo nel suo server simulato: i loro segreti vengono conservati in memoria e dimenticati alla chiusura di Keyport.</translation>
    </message>
    <message>
        <source>The system keychain cannot be used: secrets are kept in memory and forgotten when Keyport quits.</source>
        <translation>Impossibile usare il portachiavi di sistema: i segreti vengono conservati in memoria e dimenticati alla chiusura di Keyport.</translation>
    </message>
    <message>
        <source>Secrets are kept in the system keychain.</source>
        <translation>I segreti vengono conservati nel portachiavi di sistema.</translation>
    </message>
    <message numerus="yes">
        <source>%n secret(s) wait to be deleted from the system keychain once it can be used.</source>
        <translation>
            <numerusform>%n segreto conservato nel portachiavi di sistema è in attesa di essere eliminato, non appena questo sarà utilizzabile.</numerusform>
            <numerusform>%n segreti conservati nel portachiavi di sistema sono in attesa di essere eliminati, non appena questo sarà utilizzabile.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Keyport::AccountStore</name>
    <message>
        <source>No secret store is available.</source>
        <translation>Nessun archivio dei segreti disponibile.</translation>
    </message>
    <message>
        <source>There is already an account named &quot;%1&quot;.</source>
        <translation>Esiste già un account denominato &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>The account needs its API secret.</source>
        <translation>L&apos;account richiede il suo segreto API.</translation>
    </message>
    <message>
        <source>There is no account named &quot;%1&quot;.</source>
        <translation>Non esiste alcun account denominato &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>The key %1 of the account %2 cannot be stored.</source>
        <translation>Impossibile salvare la chiave %1 dell&apos;account %2.</translation>
    </message>
    <message>
        <source>This is the key the account signs with: remove the account instead.</source>
        <translation>Questa è la chiave con cui firma l&apos;account: rimuovere invece l&apos;account.</translation>
    </message>
    <message numerus="yes">
        <source>%n secret(s) could not be deleted from the system keychain, which cannot be reached now. Keyport keeps their names (not the secrets) and deletes them as soon as the keychain can be used again.</source>
        <translation>
            <numerusform>Non è stato possibile eliminare %n segreto conservato nel portachiavi di sistema, che al momento non è raggiungibile. Keyport ne conserva il nome (non il segreto) e lo eliminerà non appena il portachiavi sarà di nuovo utilizzabile.</numerusform>
            <numerusform>Non è stato possibile eliminare %n segreti conservati nel portachiavi di sistema, che al momento non è raggiungibile. Keyport ne conserva i nomi (non i segreti) e li eliminerà non appena il portachiavi sarà di nuovo utilizzabile.</numerusform>
        </translation>
    </message>
    <message>
        <source>Keyport holds no secret of the key %1.</source>
        <translation>Keyport non conserva alcun segreto della chiave %1.</translation>
    </message>
    <message>
        <source>The account of the EXOSCALE_API_KEY and EXOSCALE_API_SECRET variables cannot be edited: change the variables instead.</source>
        <translation>Impossibile modificare l&apos;account delle variabili EXOSCALE_API_KEY ed EXOSCALE_API_SECRET: modificare invece le variabili.</translation>
    </message>
    <message>
        <source>The demo account cannot be edited.</source>
        <translation>Impossibile modificare l&apos;account demo.</translation>
    </message>
    <message>
        <source>Enter the secret of the new API key.</source>
        <translation>Inserire il segreto della nuova chiave API.</translation>
    </message>
    <message>
        <source>The system keychain cannot be used now, and the change needs it: the account &quot;%1&quot; was not changed.</source>
        <translation>Al momento il portachiavi di sistema non è utilizzabile, ma la modifica lo richiede: l&apos;account &quot;%1&quot; non è stato modificato.</translation>
    </message>
    <message>
        <source>Keyport could not move the secrets of the account &quot;%1&quot;, so the account was not changed and no secret was lost. %2</source>
        <translation>Keyport non è riuscito a spostare i segreti dell&apos;account &quot;%1&quot;, quindi l&apos;account non è stato modificato e nessun segreto è andato perso. %2</translation>
    </message>
    <message>
        <source>The account was changed by something else meanwhile.</source>
        <translation>Nel frattempo l&apos;account è stato modificato da qualcos&apos;altro.</translation>
    </message>
</context>
<context>
    <name>Keyport::AccountTreeModel</name>
    <message>
        <source>Access keys</source>
        <translation>Chiavi di accesso</translation>
    </message>
    <message>
        <source>API keys</source>
        <translation>Chiavi API</translation>
    </message>
    <message>
        <source>Roles</source>
        <translation>Ruoli</translation>
    </message>
    <message>
        <source>Organization policy</source>
        <translation>Policy dell’organizzazione</translation>
    </message>
    <message>
        <source>legacy access key</source>
        <translation>chiave di accesso legacy</translation>
    </message>
    <message>
        <source>IAM API key</source>
        <translation>chiave API IAM</translation>
    </message>
    <message>
        <source>%1 of the account %2</source>
        <translation>%1 dell’account %2</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>%1
%2</source>
        <translation>%1
%2</translation>
    </message>
    <message>
        <source>%1 (from the environment)
%2</source>
        <translation>%1 (dall&apos;ambiente)
%2</translation>
    </message>
    <message>
        <source>%1 (simulated)
%2</source>
        <translation>%1 (simulato)
%2</translation>
    </message>
    <message>
        <source>%1 (this session only)
%2</source>
        <translation>%1 (solo per questa sessione)
%2</translation>
    </message>
    <message>
        <source>Account %1, %2</source>
        <translation>Account %1, %2</translation>
    </message>
    <message>
        <source>Account %1, %2; signing key: %3</source>
        <translation>Account %1, %2; chiave di firma: %3</translation>
    </message>
</context>
<context>
    <name>Keyport::AccountsPane</name>
    <message>
        <source>Accounts</source>
        <translation>Account</translation>
    </message>
    <message>
        <source>Add Account…</source>
        <translation>Aggiungi account…</translation>
    </message>
    <message>
        <source>Import from exo CLI…</source>
        <translation>Importa dalla CLI exo…</translation>
    </message>
    <message>
        <source>A&amp;ccounts</source>
        <translation>Acco&amp;unt</translation>
    </message>
</context>
<context>
    <name>Keyport::AddAccountCommand</name>
    <message>
        <source>The account was not added: %1</source>
        <translation>L&apos;account non è stato aggiunto: %1</translation>
    </message>
    <message>
        <source>Added the account %1.</source>
        <translation>L’account %1 è stato aggiunto.</translation>
    </message>
</context>
<context>
    <name>Keyport::AddAccountDialog</name>
    <message>
        <source>&amp;Zone:</source>
        <translation>&amp;Zona:</translation>
    </message>
    <message>
        <source>C&amp;ustom endpoint:</source>
        <translation>Endpoint &amp;personalizzato:</translation>
    </message>
    <message>
        <source>&amp;Test</source>
        <translation>&amp;Verifica</translation>
    </message>
    <message>
        <source>Add Account</source>
        <translation>Aggiungi account</translation>
    </message>
    <message>
        <source>Show the secret</source>
        <translation>Mostra il segreto</translation>
    </message>
    <message>
        <source>&amp;Add Account</source>
        <translation>A&amp;ggiungi account</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nome:</translation>
    </message>
    <message>
        <source>API &amp;key:</source>
        <translation>&amp;Chiave API:</translation>
    </message>
    <message>
        <source>API &amp;secret:</source>
        <translation>&amp;Segreto API:</translation>
    </message>
    <message>
        <source>The secret is kept in the system keychain, never in a file.</source>
        <translation>Il segreto viene conservato nel portachiavi di sistema, mai in un file.</translation>
    </message>
    <message>
        <source>There is already an account named &quot;%1&quot;.</source>
        <translation>Esiste già un account denominato &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Enter the API secret.</source>
        <translation>Inserire il segreto API.</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Verifica in corso…</translation>
    </message>
    <message>
        <source>Test failed: %1</source>
        <translation>Verifica non riuscita: %1</translation>
    </message>
    <message>
        <source>I t&amp;rust this host with my requests</source>
        <translation>Mi &amp;fido di questo host per le mie richieste</translation>
    </message>
    <message>
        <source>Confirm that you trust %1 before Keyport sends it a request.</source>
        <translation>Confermare di fidarsi di %1 prima che Keyport gli invii una richiesta.</translation>
    </message>
    <message>
        <source>Edit Account</source>
        <translation>Modifica account</translation>
    </message>
    <message>
        <source>Leave empty to keep the stored secret</source>
        <translation>Lasciare vuoto per mantenere il segreto salvato</translation>
    </message>
    <message>
        <source>Zone</source>
        <translation>Zona</translation>
    </message>
    <message>
        <source>Custom endpoint URL</source>
        <translation>URL dell&apos;endpoint personalizzato</translation>
    </message>
    <message>
        <source>Sa&amp;ve Changes</source>
        <translation>Salva &amp;modifiche</translation>
    </message>
    <message>
        <source>Enter the secret of the new API key.</source>
        <translation>Inserire il segreto della nuova chiave API.</translation>
    </message>
    <message>
        <source>To sign with another key, first enter that key&apos;s secret.</source>
        <translation>Per firmare con un&apos;altra chiave, inserire prima il segreto di quella chiave.</translation>
    </message>
</context>
<context>
    <name>Keyport::ApiJob</name>
    <message>
        <source>Keyport&apos;s network access is not available.</source>
        <translation>L&apos;accesso di rete di Keyport non è disponibile.</translation>
    </message>
    <message numerus="yes">
        <source>the answer is larger than %n MiB</source>
        <translation>
            <numerusform>la risposta supera %n MiB</numerusform>
            <numerusform>la risposta supera %n MiB</numerusform>
        </translation>
    </message>
    <message>
        <source>The account&apos;s API key is not a valid Exoscale key id, so no request was sent.</source>
        <translation>La chiave API dell&apos;account non è un ID chiave Exoscale valido, quindi non è stata inviata alcuna richiesta.</translation>
    </message>
</context>
<context>
    <name>Keyport::ApiJson</name>
    <message>
        <source>the field &quot;%1&quot; is missing</source>
        <translation>manca il campo &quot;%1&quot;</translation>
    </message>
    <message>
        <source>the field &quot;%1&quot; is not a string</source>
        <translation>il campo &quot;%1&quot; non è una stringa</translation>
    </message>
    <message>
        <source>the field &quot;%1&quot; is not a list</source>
        <translation>il campo &quot;%1&quot; non è un elenco</translation>
    </message>
    <message>
        <source>the field &quot;%1&quot; holds something that is not a string</source>
        <translation>il campo &quot;%1&quot; contiene qualcosa che non è una stringa</translation>
    </message>
    <message>
        <source>invalid JSON at offset %1 (%2)</source>
        <translation>JSON non valido alla posizione %1 (%2)</translation>
    </message>
    <message>
        <source>expected a JSON object</source>
        <translation>era atteso un oggetto JSON</translation>
    </message>
    <message>
        <source>a resource is not an object</source>
        <translation>una risorsa non è un oggetto</translation>
    </message>
    <message>
        <source>in a resource, %1</source>
        <translation>in una risorsa, %1</translation>
    </message>
    <message>
        <source>in an access key, %1</source>
        <translation>in una chiave di accesso, %1</translation>
    </message>
    <message>
        <source>an access key has an empty id</source>
        <translation>una chiave di accesso ha un ID vuoto</translation>
    </message>
    <message>
        <source>in the access key %1, &quot;resources&quot; is not a list</source>
        <translation>nella chiave di accesso %1, &quot;resources&quot; non è un elenco</translation>
    </message>
    <message>
        <source>in the access key %1: %2</source>
        <translation>nella chiave di accesso %1: %2</translation>
    </message>
    <message>
        <source>the new key&apos;s secret is missing from the answer</source>
        <translation>nella risposta manca il segreto della nuova chiave</translation>
    </message>
    <message>
        <source>an entry of the operation list is not an object</source>
        <translation>una voce dell&apos;elenco delle operazioni non è un oggetto</translation>
    </message>
    <message>
        <source>in the operation list, %1</source>
        <translation>nell&apos;elenco delle operazioni, %1</translation>
    </message>
    <message>
        <source>the operation list names an empty operation</source>
        <translation>l&apos;elenco delle operazioni contiene un&apos;operazione senza nome</translation>
    </message>
    <message>
        <source>in an operation, %1</source>
        <translation>in un&apos;operazione, %1</translation>
    </message>
    <message>
        <source>the operation state &quot;%1&quot; is unknown</source>
        <translation>lo stato dell&apos;operazione &quot;%1&quot; è sconosciuto</translation>
    </message>
    <message>
        <source>in an operation&apos;s reference, %1</source>
        <translation>nel riferimento di un&apos;operazione, %1</translation>
    </message>
    <message>
        <source>an operation&apos;s reference is not an object</source>
        <translation>il riferimento di un&apos;operazione non è un oggetto</translation>
    </message>
</context>
<context>
    <name>Keyport::ApiKeyCreatingPage</name>
    <message>
        <source>&amp;Delete This Key</source>
        <translation>&amp;Elimina questa chiave</translation>
    </message>
    <message>
        <source>Creating the API Key</source>
        <translation>Creazione della chiave API</translation>
    </message>
    <message>
        <source>Creating</source>
        <translation>Creazione in corso</translation>
    </message>
    <message>
        <source>&amp;Back to Edit</source>
        <translation>Torna alla &amp;modifica</translation>
    </message>
    <message>
        <source>&amp;Back to Review</source>
        <translation>&amp;Torna alla revisione</translation>
    </message>
    <message>
        <source>The API key was not created.
%1</source>
        <translation>La chiave API non è stata creata.
%1</translation>
    </message>
    <message>
        <source>Exoscale did not answer (%1), and its list of API keys shows no new key named %2 on the role %3: nothing was created. You can try again.</source>
        <translation>Exoscale non ha risposto (%1) e il suo elenco delle chiavi API non mostra alcuna nuova chiave denominata %2 con il ruolo %3: non è stato creato nulla. È possibile riprovare.</translation>
    </message>
    <message>
        <source>Exoscale created the API key %1 (%2), but its answer was lost, and with it the key&apos;s secret: it cannot be shown again. Delete this key, then create it anew.</source>
        <translation>Exoscale ha creato la chiave API %1 (%2), ma la sua risposta è andata persa e con essa il segreto della chiave, che non potrà più essere mostrato. Eliminare questa chiave, quindi crearla di nuovo.</translation>
    </message>
    <message>
        <source>Exoscale did not answer, and Keyport could not check whether the API key was created: %1
Look for an API key named %2 in the list before trying again.</source>
        <translation>Exoscale non ha risposto e Keyport non è riuscito a verificare se la chiave API sia stata creata: %1
Cercare una chiave API denominata %2 nell&apos;elenco prima di riprovare.</translation>
    </message>
    <message>
        <source>The API key %1 was deleted. You can create the key again.</source>
        <translation>La chiave API %1 è stata eliminata. È possibile creare di nuovo la chiave.</translation>
    </message>
</context>
<context>
    <name>Keyport::ApiKeyDeleteJob</name>
    <message>
        <source>&quot;%1&quot; is not an API key id (EXO followed by 24 hexadecimal digits).</source>
        <translation>&quot;%1&quot; non è un id di chiave API (EXO seguito da 24 cifre esadecimali).</translation>
    </message>
</context>
<context>
    <name>Keyport::ApiKeyJob</name>
    <message>
        <source>&quot;%1&quot; is not an API key id (EXO followed by 24 hexadecimal digits).</source>
        <translation>&quot;%1&quot; non è un id di chiave API (EXO seguito da 24 cifre esadecimali).</translation>
    </message>
    <message>
        <source>The API key was not created, and nothing was sent:
%1</source>
        <translation>La chiave API non è stata creata e non è stato inviato nulla:
%1</translation>
    </message>
</context>
<context>
    <name>Keyport::ApiKeyModel</name>
    <message>
        <source>%1 (this account&apos;s key)</source>
        <translation>%1 (chiave di questo account)</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nome</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Chiave</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Ruolo</translation>
    </message>
</context>
<context>
    <name>Keyport::ApiKeyNamePage</name>
    <message>
        <source>Name and Role</source>
        <translation>Nome e ruolo</translation>
    </message>
    <message>
        <source>Name the key after the program that will use it; its role says what it may do.</source>
        <translation>Dare alla chiave il nome del programma che la userà; il suo ruolo stabilisce che cosa può fare.</translation>
    </message>
    <message>
        <source>Na&amp;me:</source>
        <translation>&amp;Nome:</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Nome:</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation>&amp;Ruolo:</translation>
    </message>
    <message>
        <source>Role:</source>
        <translation>Ruolo:</translation>
    </message>
    <message numerus="yes">
        <source>The name has %1 characters; at most %n are allowed.</source>
        <translation>
            <numerusform>Il nome ha %1 caratteri; è consentito al massimo %n carattere.</numerusform>
            <numerusform>Il nome ha %1 caratteri; sono consentiti al massimo %n caratteri.</numerusform>
        </translation>
    </message>
    <message>
        <source>New Role…</source>
        <translation>Nuovo ruolo…</translation>
    </message>
    <message>
        <source>The role %1 grants everything: a key on it may do all that the organization policy allows, including creating and deleting other keys. Prefer a narrower role for programs.</source>
        <translation>Il ruolo %1 concede tutto: una chiave con questo ruolo può fare tutto ciò che la policy dell&apos;organizzazione consente, compresa la creazione e l&apos;eliminazione di altre chiavi. Per i programmi è preferibile un ruolo più limitato.</translation>
    </message>
</context>
<context>
    <name>Keyport::ApiKeyReviewPage</name>
    <message>
        <source>C&amp;opy Command</source>
        <translation>Copia co&amp;mando</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>Revisione</translation>
    </message>
    <message>
        <source>Check the API key, then create it. Its secret is shown once, on the next page.</source>
        <translation>Controllare la chiave API, quindi crearla. Il suo segreto verrà mostrato una sola volta, nella pagina successiva.</translation>
    </message>
    <message>
        <source>&amp;Create API Key</source>
        <translation>&amp;Crea chiave API</translation>
    </message>
    <message>
        <source>The same with the e&amp;xo CLI:</source>
        <translation>Lo stesso con la CLI e&amp;xo:</translation>
    </message>
    <message>
        <source>The same with the exo CLI:</source>
        <translation>Lo stesso con la CLI exo:</translation>
    </message>
    <message>
        <source>Name: %1
Role: %2</source>
        <translation>Nome: %1
Ruolo: %2</translation>
    </message>
    <message>
        <source>The role %1 grants everything: this key may do all that the organization policy allows.</source>
        <translation>Il ruolo %1 concede tutto: questa chiave può fare tutto ciò che la policy dell&apos;organizzazione consente.</translation>
    </message>
</context>
<context>
    <name>Keyport::ApiKeyWizard</name>
    <message>
        <source>New API Key</source>
        <translation>Nuova chiave API</translation>
    </message>
</context>
<context>
    <name>Keyport::ApiKeysPage</name>
    <message>
        <source>&amp;Filter:</source>
        <translation>&amp;Filtra:</translation>
    </message>
    <message>
        <source>Name, key or role</source>
        <translation>Nome, chiave o ruolo</translation>
    </message>
    <message>
        <source>Filter</source>
        <translation>Filtro</translation>
    </message>
    <message>
        <source>API keys</source>
        <translation>Chiavi API</translation>
    </message>
    <message>
        <source>Key:</source>
        <translation>Chiave:</translation>
    </message>
    <message>
        <source>Role:</source>
        <translation>Ruolo:</translation>
    </message>
    <message>
        <source>What the role allows:</source>
        <translation>Che cosa consente il ruolo:</translation>
    </message>
    <message>
        <source>The API keys could not be loaded: %1</source>
        <translation>Impossibile caricare le chiavi API: %1</translation>
    </message>
    <message>
        <source>Loading the API keys…</source>
        <translation>Caricamento delle chiavi API…</translation>
    </message>
    <message>
        <source>Select an API key to see its details.</source>
        <translation>Selezionare una chiave API per visualizzarne i dettagli.</translation>
    </message>
    <message>
        <source>This account signs its requests with this key.</source>
        <translation>Questo account firma le sue richieste con questa chiave.</translation>
    </message>
    <message>
        <source>The role of this key is not listed: what it allows is not known.</source>
        <translation>Il ruolo di questa chiave non è elencato: non è noto che cosa consenta.</translation>
    </message>
    <message>
        <source>The role %1 has no policy.</source>
        <translation>Il ruolo %1 non ha alcuna policy.</translation>
    </message>
</context>
<context>
    <name>Keyport::AsyncOperationJob</name>
    <message>
        <source>Exoscale could not complete the operation (%1).</source>
        <translation>Exoscale non è riuscito a completare l&apos;operazione (%1).</translation>
    </message>
    <message>
        <source>no reason given</source>
        <translation>nessun motivo indicato</translation>
    </message>
    <message>
        <source>Exoscale could not complete the operation: %1</source>
        <translation>Exoscale non è riuscito a completare l&apos;operazione: %1</translation>
    </message>
    <message>
        <source>Exoscale gave up on the operation: it took too long on the server. Try again.</source>
        <translation>Exoscale ha rinunciato all&apos;operazione: sul server richiedeva troppo tempo. Riprovare.</translation>
    </message>
    <message>
        <source>a pending operation has no id</source>
        <translation>un&apos;operazione in sospeso non ha un ID</translation>
    </message>
    <message numerus="yes">
        <source>Exoscale has not finished the operation after %n minute(s); it may still complete. Refresh later to see the outcome.</source>
        <translation>
            <numerusform>Exoscale non ha terminato l&apos;operazione dopo %n minuto; potrebbe ancora completarsi. Aggiornare più tardi per vederne l&apos;esito.</numerusform>
            <numerusform>Exoscale non ha terminato l&apos;operazione dopo %n minuti; potrebbe ancora completarsi. Aggiornare più tardi per vederne l&apos;esito.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Keyport::CatalogModel</name>
    <message>
        <source>%1, %2 → %3</source>
        <translation>%1, %2 → %3</translation>
    </message>
    <message numerus="yes">
        <source>%n tag(s)</source>
        <translation>
            <numerusform>%n tag</numerusform>
            <numerusform>%n tag</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n operation(s)</source>
        <translation>
            <numerusform>%n operazione</numerusform>
            <numerusform>%n operazioni</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n operation(s) in effect</source>
        <translation>
            <numerusform>%n operazione effettiva</numerusform>
            <numerusform>%n operazioni effettive</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 — %n operation(s)</source>
        <translation>
            <numerusform>%1 — %n operazione</numerusform>
            <numerusform>%1 — %n operazioni</numerusform>
        </translation>
    </message>
    <message>
        <source>The tag %1: every operation below, and any Exoscale adds to it later.</source>
        <translation>Il tag %1: tutte le operazioni sottostanti e quelle che Exoscale vi aggiungerà in futuro.</translation>
    </message>
    <message>
        <source>The signing key may not grant every operation of the tag %1.</source>
        <translation>La chiave di firma non può concedere tutte le operazioni del tag %1.</translation>
    </message>
    <message>
        <source>The signing key may not use %1, so it cannot grant it.</source>
        <translation>La chiave di firma non può usare %1, quindi non può concederla.</translation>
    </message>
    <message>
        <source>Included by the tag %1.</source>
        <translation>Inclusa dal tag %1.</translation>
    </message>
    <message numerus="yes">
        <source>%1 — %n operation(s), not grantable by this signing key</source>
        <translation>
            <numerusform>%1 — %n operazione, non concedibile da questa chiave di firma</numerusform>
            <numerusform>%1 — %n operazioni, non concedibili da questa chiave di firma</numerusform>
        </translation>
    </message>
    <message>
        <source>The signing key may not grant every operation of the tag %1, so it cannot grant the tag. Untick it to go on.</source>
        <translation>La chiave di firma non può concedere tutte le operazioni del tag %1, quindi non può concedere il tag. Togliere la spunta per proseguire.</translation>
    </message>
    <message>
        <source>%1 — not grantable by this signing key</source>
        <translation>%1 — non concedibile da questa chiave di firma</translation>
    </message>
    <message>
        <source>Included by the tag %1, which the signing key may not grant: it may not use %2.</source>
        <translation>Inclusa dal tag %1, che la chiave di firma non può concedere: non può usare %2.</translation>
    </message>
    <message>
        <source>The signing key may not use %1, so it cannot grant it. Untick it to go on.</source>
        <translation>La chiave di firma non può usare %1, quindi non può concederla. Togliere la spunta per proseguire.</translation>
    </message>
</context>
<context>
    <name>Keyport::Cel::Activation</name>
    <message>
        <source>invalid timestamp for &apos;now&apos;</source>
        <translation>timestamp non valido per &apos;now&apos;</translation>
    </message>
</context>
<context>
    <name>Keyport::Cel::Checker</name>
    <message>
        <source>&apos;%1&apos; cannot take a value of type &apos;%2&apos;</source>
        <translation>&apos;%1&apos; non può accettare un valore di tipo &apos;%2&apos;</translation>
    </message>
    <message>
        <source>unknown name &apos;%1&apos;</source>
        <translation>nome sconosciuto &apos;%1&apos;</translation>
    </message>
    <message>
        <source>no such overload for &apos;%1&apos; applied to (%2, %3)</source>
        <translation>nessun overload di &apos;%1&apos; applicabile a (%2, %3)</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is a function, not a method</source>
        <translation>&apos;%1&apos; è una funzione, non un metodo</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is a method, not a function</source>
        <translation>&apos;%1&apos; è un metodo, non una funzione</translation>
    </message>
    <message numerus="yes">
        <source>wrong number of arguments to &apos;%1&apos;: %n given</source>
        <translation>
            <numerusform>numero di argomenti errato per &apos;%1&apos;: %n fornito</numerusform>
            <numerusform>numero di argomenti errato per &apos;%1&apos;: %n forniti</numerusform>
        </translation>
    </message>
    <message>
        <source>unknown method &apos;%1&apos;</source>
        <translation>metodo sconosciuto &apos;%1&apos;</translation>
    </message>
    <message>
        <source>unknown function &apos;%1&apos;</source>
        <translation>funzione sconosciuta &apos;%1&apos;</translation>
    </message>
    <message>
        <source>invalid regular expression: %1</source>
        <translation>espressione regolare non valida: %1</translation>
    </message>
</context>
<context>
    <name>Keyport::Cel::Evaluator</name>
    <message>
        <source>no such overload for &apos;%1&apos; applied to (%2)</source>
        <translation>nessun overload di &apos;%1&apos; applicabile a (%2)</translation>
    </message>
    <message>
        <source>integer overflow</source>
        <translation>overflow di intero</translation>
    </message>
    <message>
        <source>timestamp out of range</source>
        <translation>timestamp fuori intervallo</translation>
    </message>
    <message>
        <source>duration out of range</source>
        <translation>duration fuori intervallo</translation>
    </message>
    <message>
        <source>division by zero</source>
        <translation>divisione per zero</translation>
    </message>
    <message>
        <source>modulus by zero</source>
        <translation>modulo per zero</translation>
    </message>
    <message>
        <source>string too long</source>
        <translation>stringa troppo lunga</translation>
    </message>
    <message>
        <source>bytes too long</source>
        <translation>bytes troppo lunghi</translation>
    </message>
    <message>
        <source>list too long</source>
        <translation>lista troppo lunga</translation>
    </message>
    <message>
        <source>int conversion out of range</source>
        <translation>conversione in int fuori intervallo</translation>
    </message>
    <message>
        <source>cannot convert &apos;%1&apos; to int</source>
        <translation>impossibile convertire &apos;%1&apos; in int</translation>
    </message>
    <message>
        <source>uint conversion out of range</source>
        <translation>conversione in uint fuori intervallo</translation>
    </message>
    <message>
        <source>cannot convert &apos;%1&apos; to uint</source>
        <translation>impossibile convertire &apos;%1&apos; in uint</translation>
    </message>
    <message>
        <source>cannot convert &apos;%1&apos; to double</source>
        <translation>impossibile convertire &apos;%1&apos; in double</translation>
    </message>
    <message>
        <source>invalid UTF-8 in bytes</source>
        <translation>UTF-8 non valido nei bytes</translation>
    </message>
    <message>
        <source>cannot convert &apos;%1&apos; to bool</source>
        <translation>impossibile convertire &apos;%1&apos; in bool</translation>
    </message>
    <message>
        <source>cannot convert &apos;%1&apos; to timestamp</source>
        <translation>impossibile convertire &apos;%1&apos; in timestamp</translation>
    </message>
    <message>
        <source>cannot convert &apos;%1&apos; to duration</source>
        <translation>impossibile convertire &apos;%1&apos; in duration</translation>
    </message>
    <message>
        <source>unknown time zone &apos;%1&apos;</source>
        <translation>fuso orario sconosciuto &apos;%1&apos;</translation>
    </message>
    <message>
        <source>no such key: %1</source>
        <translation>chiave inesistente: %1</translation>
    </message>
    <message>
        <source>undeclared reference to &apos;%1&apos;</source>
        <translation>riferimento non dichiarato a &apos;%1&apos;</translation>
    </message>
    <message>
        <source>type &apos;%1&apos; does not support field selection</source>
        <translation>il tipo &apos;%1&apos; non supporta la selezione di campi</translation>
    </message>
    <message>
        <source>no such key: &apos;%1&apos;</source>
        <translation>chiave inesistente: &apos;%1&apos;</translation>
    </message>
    <message>
        <source>type &apos;%1&apos; does not support field presence tests</source>
        <translation>il tipo &apos;%1&apos; non supporta i test di presenza dei campi</translation>
    </message>
    <message>
        <source>invalid list index %1</source>
        <translation>indice di lista non valido %1</translation>
    </message>
    <message>
        <source>index out of range: %1</source>
        <translation>indice fuori intervallo: %1</translation>
    </message>
    <message numerus="yes">
        <source>no such overload for &apos;%1&apos; with %n argument(s)</source>
        <translation>
            <numerusform>nessun overload di &apos;%1&apos; con %n argomento</numerusform>
            <numerusform>nessun overload di &apos;%1&apos; con %n argomenti</numerusform>
        </translation>
    </message>
    <message>
        <source>no such function &apos;%1&apos;</source>
        <translation>funzione inesistente &apos;%1&apos;</translation>
    </message>
    <message>
        <source>invalid regular expression: %1</source>
        <translation>espressione regolare non valida: %1</translation>
    </message>
    <message>
        <source>unsupported key type &apos;%1&apos;</source>
        <translation>tipo di chiave non supportato &apos;%1&apos;</translation>
    </message>
    <message>
        <source>duplicate key %1 in map literal</source>
        <translation>chiave duplicata %1 nel letterale map</translation>
    </message>
    <message>
        <source>predicate of a macro must be a bool, not &apos;%1&apos;</source>
        <translation>il predicato di una macro deve essere un bool, non &apos;%1&apos;</translation>
    </message>
    <message numerus="yes">
        <source>evaluation exceeded %n macro iterations</source>
        <translation>
            <numerusform>la valutazione ha superato %n iterazione di macro</numerusform>
            <numerusform>la valutazione ha superato %n iterazioni di macro</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Keyport::Cel::Expression</name>
    <message>
        <source>empty expression</source>
        <translation>espressione vuota</translation>
    </message>
</context>
<context>
    <name>Keyport::Cel::IpRange</name>
    <message>
        <source>invalid IP range &apos;%1&apos;</source>
        <translation>intervallo IP non valido &apos;%1&apos;</translation>
    </message>
    <message>
        <source>invalid IP address &apos;%1&apos;</source>
        <translation>indirizzo IP non valido &apos;%1&apos;</translation>
    </message>
</context>
<context>
    <name>Keyport::Cel::Lexer</name>
    <message>
        <source>unexpected character U+0000</source>
        <translation>carattere inatteso U+0000</translation>
    </message>
    <message>
        <source>unexpected character &apos;%1&apos;</source>
        <translation>carattere inatteso &apos;%1&apos;</translation>
    </message>
    <message>
        <source>invalid hexadecimal literal</source>
        <translation>letterale esadecimale non valido</translation>
    </message>
    <message>
        <source>invalid number literal</source>
        <translation>letterale numerico non valido</translation>
    </message>
    <message>
        <source>invalid exponent in number literal</source>
        <translation>esponente non valido nel letterale numerico</translation>
    </message>
    <message>
        <source>unterminated string literal</source>
        <translation>letterale stringa non terminato</translation>
    </message>
    <message>
        <source>unicode escape in a bytes literal</source>
        <translation>escape unicode in un letterale bytes</translation>
    </message>
    <message>
        <source>invalid escape sequence</source>
        <translation>sequenza di escape non valida</translation>
    </message>
    <message>
        <source>invalid code point in escape sequence</source>
        <translation>code point non valido nella sequenza di escape</translation>
    </message>
    <message>
        <source>invalid octal escape sequence</source>
        <translation>sequenza di escape ottale non valida</translation>
    </message>
</context>
<context>
    <name>Keyport::Cel::Parser</name>
    <message numerus="yes">
        <source>expression longer than %n characters</source>
        <translation>
            <numerusform>espressione più lunga di %n carattere</numerusform>
            <numerusform>espressione più lunga di %n caratteri</numerusform>
        </translation>
    </message>
    <message>
        <source>expected %1</source>
        <translation>atteso %1</translation>
    </message>
    <message>
        <source>unexpected end of expression</source>
        <translation>fine dell&apos;espressione inattesa</translation>
    </message>
    <message>
        <source>reserved identifier &apos;%1&apos;</source>
        <translation>identificatore riservato &apos;%1&apos;</translation>
    </message>
    <message>
        <source>unexpected token</source>
        <translation>token inatteso</translation>
    </message>
    <message>
        <source>expression nested too deeply</source>
        <translation>espressione annidata troppo in profondità</translation>
    </message>
    <message>
        <source>integer literal out of range</source>
        <translation>letterale intero fuori intervallo</translation>
    </message>
    <message>
        <source>expected a field name</source>
        <translation>atteso un nome di campo</translation>
    </message>
    <message>
        <source>message construction is not supported</source>
        <translation>la costruzione di messaggi non è supportata</translation>
    </message>
    <message>
        <source>expected a name</source>
        <translation>atteso un nome</translation>
    </message>
    <message>
        <source>invalid argument to has() macro</source>
        <translation>argomento non valido per la macro has()</translation>
    </message>
    <message>
        <source>argument must be a simple name</source>
        <translation>l&apos;argomento deve essere un nome semplice</translation>
    </message>
</context>
<context>
    <name>Keyport::Cel::Value</name>
    <message>
        <source>timestamp nanoseconds out of range</source>
        <translation>nanosecondi del timestamp fuori intervallo</translation>
    </message>
    <message>
        <source>timestamp out of range</source>
        <translation>timestamp fuori intervallo</translation>
    </message>
    <message>
        <source>invalid timestamp</source>
        <translation>timestamp non valido</translation>
    </message>
    <message>
        <source>duration nanoseconds out of range</source>
        <translation>nanosecondi della duration fuori intervallo</translation>
    </message>
    <message>
        <source>duration out of range</source>
        <translation>duration fuori intervallo</translation>
    </message>
</context>
<context>
    <name>Keyport::CheckCredentialsJob</name>
    <message>
        <source>Keyport has no network access.</source>
        <translation>Keyport non ha accesso alla rete.</translation>
    </message>
    <message>
        <source>The key works: it is an IAM API key. Keyport manages legacy access keys; IAM API keys and their roles come in a later version.</source>
        <translation>La chiave funziona: è una chiave API IAM. Keyport gestisce le chiavi di accesso legacy; le chiavi API IAM e i relativi ruoli arriveranno in una versione successiva.</translation>
    </message>
    <message>
        <source>The key works. It is a legacy access key, but it may not list its own operations, so Keyport cannot tell what it may do.</source>
        <translation>La chiave funziona. È una chiave di accesso legacy, ma non è autorizzata a elencare le proprie operazioni, quindi Keyport non può stabilire che cosa possa fare.</translation>
    </message>
    <message numerus="yes">
        <source>The key works. It is an unrestricted legacy access key: it may use all %n operation(s).</source>
        <translation>
            <numerusform>La chiave funziona. È una chiave di accesso legacy illimitata: può usare %n operazione.</numerusform>
            <numerusform>La chiave funziona. È una chiave di accesso legacy illimitata: può usare tutte le %n operazioni.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The key works. It is a legacy access key, restricted to %n operation(s).</source>
        <translation>
            <numerusform>La chiave funziona. È una chiave di accesso legacy, limitata a %n operazione.</numerusform>
            <numerusform>La chiave funziona. È una chiave di accesso legacy, limitata a %n operazioni.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The key works. It is a legacy access key, restricted to %1 of %n operation(s), every operation tagged %2 included.</source>
        <translation>
            <numerusform>La chiave funziona. È una chiave di accesso legacy, limitata a %1 di %n operazione, incluse tutte le operazioni con il tag %2.</numerusform>
            <numerusform>La chiave funziona. È una chiave di accesso legacy, limitata a %1 di %n operazioni, incluse tutte le operazioni con il tag %2.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The key works. It is a legacy access key, restricted to %1 of %n operation(s).</source>
        <translation>
            <numerusform>La chiave funziona. È una chiave di accesso legacy, limitata a %1 di %n operazione.</numerusform>
            <numerusform>La chiave funziona. È una chiave di accesso legacy, limitata a %1 di %n operazioni.</numerusform>
        </translation>
    </message>
    <message>
        <source>Keyport could not find out whether the key works.</source>
        <translation>Keyport non è riuscito a stabilire se la chiave funziona.</translation>
    </message>
</context>
<context>
    <name>Keyport::CheckKeychainCommand</name>
    <message>
        <source>The system keychain can be used again.</source>
        <translation>Il portachiavi di sistema è di nuovo utilizzabile.</translation>
    </message>
    <message>
        <source>System Keychain Unavailable</source>
        <translation>Portachiavi di sistema non disponibile</translation>
    </message>
    <message>
        <source>Keyport cannot use the system keychain: %1

Until it can, Keyport keeps secrets in memory only: they are forgotten when Keyport quits, and accounts added now are kept for this session only. If you can unlock the keychain, do so and try again.</source>
        <translation>Keyport non può usare il portachiavi di sistema: %1

Finché non sarà possibile, Keyport conserva i segreti solo in memoria: vengono dimenticati alla chiusura di Keyport, e gli account aggiunti ora valgono solo per questa sessione. Se è possibile sbloccare il portachiavi, farlo e riprovare.</translation>
    </message>
    <message>
        <source>Keep Secrets for This Session</source>
        <translation>Conserva i segreti per questa sessione</translation>
    </message>
    <message>
        <source>Try Again</source>
        <translation>Riprova</translation>
    </message>
    <message numerus="yes">
        <source>Deleted %n secret(s) that were left in the system keychain.</source>
        <translation>
            <numerusform>Eliminato %n segreto rimasto nel portachiavi di sistema.</numerusform>
            <numerusform>Eliminati %n segreti rimasti nel portachiavi di sistema.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Keyport::CopyKeyIdCommand</name>
    <message>
        <source>Copied the key ID %1.</source>
        <translation>Copiato l&apos;ID chiave %1.</translation>
    </message>
</context>
<context>
    <name>Keyport::CopySecretCommand</name>
    <message>
        <source>The secret of %1 cannot be read: %2</source>
        <translation>Impossibile leggere il segreto di %1: %2</translation>
    </message>
    <message numerus="yes">
        <source>Copied the secret of %1; the clipboard will be cleared in %n second(s).</source>
        <translation>
            <numerusform>Segreto di %1 copiato; gli appunti verranno svuotati tra %n secondo.</numerusform>
            <numerusform>Segreto di %1 copiato; gli appunti verranno svuotati tra %n secondi.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Keyport::CreateApiKeyFlow</name>
    <message>
        <source>The account is not open.</source>
        <translation>L&apos;account non è aperto.</translation>
    </message>
    <message>
        <source>Creating the API key %1…</source>
        <translation>Creazione della chiave API %1…</translation>
    </message>
    <message>
        <source>No answer came; checking whether the API key was created…</source>
        <translation>Non è arrivata alcuna risposta; verifica in corso dell&apos;eventuale creazione della chiave API…</translation>
    </message>
</context>
<context>
    <name>Keyport::CreateCredentialFlow</name>
    <message>
        <source>The account was closed.</source>
        <translation>L&apos;account è stato chiuso.</translation>
    </message>
    <message>
        <source>Saving the secret in %1…</source>
        <translation>Salvataggio del segreto %1…</translation>
    </message>
</context>
<context>
    <name>Keyport::CreateKeyFlow</name>
    <message>
        <source>The account is not open.</source>
        <translation>L&apos;account non è aperto.</translation>
    </message>
    <message>
        <source>Creating the key %1…</source>
        <translation>Creazione della chiave %1…</translation>
    </message>
    <message>
        <source>No answer came; checking whether the key was created…</source>
        <translation>Nessuna risposta ricevuta; verifica in corso della creazione della chiave…</translation>
    </message>
</context>
<context>
    <name>Keyport::CreatingPage</name>
    <message>
        <source>&amp;Back to Edit</source>
        <translation>Torna alla &amp;modifica</translation>
    </message>
    <message>
        <source>&amp;Revoke This Key</source>
        <translation>&amp;Revoca questa chiave</translation>
    </message>
    <message>
        <source>Creating the Key</source>
        <translation>Creazione della chiave</translation>
    </message>
    <message>
        <source>Creating</source>
        <translation>Creazione in corso</translation>
    </message>
    <message>
        <source>&amp;Back to Review</source>
        <translation>&amp;Torna alla revisione</translation>
    </message>
    <message>
        <source>The key was not created.
%1</source>
        <translation>La chiave non è stata creata.
%1</translation>
    </message>
    <message>
        <source>Exoscale did not answer (%1), and its key list shows no new key named %2: nothing was created. You can try again.</source>
        <translation>Exoscale non ha risposto (%1) e il suo elenco delle chiavi non mostra alcuna nuova chiave denominata %2: non è stato creato nulla. È possibile riprovare.</translation>
    </message>
    <message>
        <source>Exoscale created the key %1 (%2), but its answer was lost, and with it the key&apos;s secret: it cannot be shown again. Revoke this key, then create it anew.</source>
        <translation>Exoscale ha creato la chiave %1 (%2), ma la sua risposta è andata persa e con essa il segreto della chiave, che non potrà più essere mostrato. Revocare questa chiave, quindi crearla di nuovo.</translation>
    </message>
    <message>
        <source>Exoscale did not answer, and Keyport could not check whether the key was created: %1
Look for a key named %2 in the list before trying again.</source>
        <translation>Exoscale non ha risposto e Keyport non è riuscito a verificare se la chiave sia stata creata: %1
Cercare una chiave denominata %2 nell&apos;elenco prima di riprovare.</translation>
    </message>
    <message>
        <source>The key %1 was revoked. You can create the key again.</source>
        <translation>La chiave %1 è stata revocata. È possibile creare di nuovo la chiave.</translation>
    </message>
</context>
<context>
    <name>Keyport::DeleteApiKeysDialog</name>
    <message>
        <source>Delete API Key</source>
        <translation>Elimina chiave API</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n API Keys</source>
        <translation>
            <numerusform>Elimina %n chiave API</numerusform>
            <numerusform>Elimina %n chiavi API</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete the API key %1 (%2)?</source>
        <translation>Eliminare la chiave API %1 (%2)?</translation>
    </message>
    <message numerus="yes">
        <source>Delete these %n API keys?</source>
        <translation>
            <numerusform>Eliminare questa %n chiave API?</numerusform>
            <numerusform>Eliminare queste %n chiavi API?</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;API key to delete</source>
        <translation>&amp;Chiave API da eliminare</translation>
    </message>
    <message>
        <source>&amp;API keys to delete</source>
        <translation>&amp;Chiavi API da eliminare</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Ruolo</translation>
    </message>
    <message numerus="yes">
        <source>Deletion is immediate and cannot be undone. Programs that use these %n API key(s) stop working at once. Their roles stay, with the other keys and the people bound to them.</source>
        <translation>
            <numerusform>L&apos;eliminazione è immediata e non può essere annullata. I programmi che usano questa %n chiave API smettono subito di funzionare. Il suo ruolo resta, con le altre chiavi e le persone a esso associate.</numerusform>
            <numerusform>L&apos;eliminazione è immediata e non può essere annullata. I programmi che usano queste %n chiavi API smettono subito di funzionare. I loro ruoli restano, con le altre chiavi e le persone a essi associate.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 is the API key this account signs with. Once it is deleted, Keyport can no longer use this account: to go on, add the account again with another key.</source>
        <translation>%1 è la chiave API con cui firma questo account. Una volta eliminata, Keyport non può più usare questo account: per continuare, aggiungi di nuovo l&apos;account con un&apos;altra chiave.</translation>
    </message>
    <message>
        <source>%1 is the API key this account signs with. It is deleted last, after the other keys. Once it is deleted, Keyport can no longer use this account: to go on, add the account again with another key.</source>
        <translation>%1 è la chiave API con cui firma questo account. Viene eliminata per ultima, dopo le altre chiavi. Una volta eliminata, Keyport non può più usare questo account: per continuare, aggiungi di nuovo l&apos;account con un&apos;altra chiave.</translation>
    </message>
    <message>
        <source>Deleting…</source>
        <translation>Eliminazione in corso…</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>Eliminata</translation>
    </message>
    <message>
        <source>Deleted. %1</source>
        <translation>Eliminata. %1</translation>
    </message>
    <message>
        <source>Not deleted: %1</source>
        <translation>Non eliminata: %1</translation>
    </message>
    <message numerus="yes">
        <source>Deleting: %1 of %n API key(s) done.</source>
        <translation>
            <numerusform>Eliminazione in corso: %1 di %n chiave API completata.</numerusform>
            <numerusform>Eliminazione in corso: %1 di %n chiavi API completate.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Deleting: %1 of %n API key(s) done. Checking whether Exoscale deleted the others…</source>
        <translation>
            <numerusform>Eliminazione in corso: %1 di %n chiave API completata. Verifica che Exoscale abbia eliminato le altre…</numerusform>
            <numerusform>Eliminazione in corso: %1 di %n chiavi API completate. Verifica che Exoscale abbia eliminato le altre…</numerusform>
        </translation>
    </message>
    <message>
        <source>The deletion was stopped before it finished. Refresh the list of API keys to see which are gone.</source>
        <translation>L&apos;eliminazione è stata interrotta prima della fine. Aggiorna l&apos;elenco delle chiavi API per vedere quali non ci sono più.</translation>
    </message>
    <message>
        <source>You stopped the deletion.</source>
        <translation>Hai interrotto l&apos;eliminazione.</translation>
    </message>
    <message numerus="yes">
        <source>%n API key(s) deleted.</source>
        <translation>
            <numerusform>%n chiave API eliminata.</numerusform>
            <numerusform>%n chiavi API eliminate.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n API key(s) not deleted; they stay in the list.</source>
        <translation>
            <numerusform>%n chiave API non eliminata; resta nell&apos;elenco.</numerusform>
            <numerusform>%n chiavi API non eliminate; restano nell&apos;elenco.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n API key(s) in an unknown state: Keyport could not find out whether Exoscale deleted them. They stay in the list; refresh it later.</source>
        <translation>
            <numerusform>%n chiave API in uno stato sconosciuto: Keyport non è riuscito a sapere se Exoscale l&apos;ha eliminata. Resta nell&apos;elenco; aggiornalo più tardi.</numerusform>
            <numerusform>%n chiavi API in uno stato sconosciuto: Keyport non è riuscito a sapere se Exoscale le ha eliminate. Restano nell&apos;elenco; aggiornalo più tardi.</numerusform>
        </translation>
    </message>
    <message>
        <source>Every API key was deleted, but not every stored secret could be deleted.</source>
        <translation>Tutte le chiavi API sono state eliminate, ma non tutti i segreti salvati hanno potuto essere eliminati.</translation>
    </message>
</context>
<context>
    <name>Keyport::DeleteApiKeysFlow</name>
    <message>
        <source>Keyport stopped waiting before Exoscale confirmed the deletion.</source>
        <translation>Keyport ha smesso di attendere prima che Exoscale confermasse l&apos;eliminazione.</translation>
    </message>
    <message>
        <source>The deletion was stopped before this API key&apos;s turn; nothing was sent.</source>
        <translation>L&apos;eliminazione è stata interrotta prima del turno di questa chiave API; non è stato inviato nulla.</translation>
    </message>
    <message>
        <source>Keyport cannot sign requests for this account yet, so the API key was not deleted. Try again once the list of API keys has loaded.</source>
        <translation>Keyport non può ancora firmare richieste per questo account, quindi la chiave API non è stata eliminata. Riprova quando l&apos;elenco delle chiavi API è stato caricato.</translation>
    </message>
    <message>
        <source>You stopped the deletion before Exoscale confirmed it.</source>
        <translation>Hai interrotto l&apos;eliminazione prima che Exoscale la confermasse.</translation>
    </message>
    <message>
        <source>Exoscale accepted the deletion, but Keyport could not follow it to the end: %1</source>
        <translation>Exoscale ha accettato l&apos;eliminazione, ma Keyport non è riuscito a seguirla fino alla fine: %1</translation>
    </message>
    <message>
        <source>%1 Exoscale accepted the deletion but has not finished it: the API key is still listed. Refresh the list later to see whether it is gone.</source>
        <translation>%1 Exoscale ha accettato l&apos;eliminazione ma non l&apos;ha completata: la chiave API è ancora nell&apos;elenco. Aggiorna l&apos;elenco più tardi per vedere se non c&apos;è più.</translation>
    </message>
    <message>
        <source>%1 The API key is still listed: Exoscale did not delete it.</source>
        <translation>%1 La chiave API è ancora nell&apos;elenco: Exoscale non l&apos;ha eliminata.</translation>
    </message>
</context>
<context>
    <name>Keyport::DeleteRoleCommand</name>
    <message>
        <source>The role %1 cannot be deleted: it is not editable.</source>
        <translation>Il ruolo %1 non può essere eliminato: non è modificabile.</translation>
    </message>
    <message>
        <source>Delete Role</source>
        <translation>Elimina ruolo</translation>
    </message>
    <message>
        <source>The account was closed before the role %1 was deleted.</source>
        <translation>L&apos;account è stato chiuso prima che il ruolo %1 fosse eliminato.</translation>
    </message>
    <message>
        <source>The role %1 was not deleted: %2</source>
        <translation>Il ruolo %1 non è stato eliminato: %2</translation>
    </message>
    <message>
        <source>The role %1 was deleted.</source>
        <translation>Il ruolo %1 è stato eliminato.</translation>
    </message>
</context>
<context>
    <name>Keyport::DemoAccount</name>
    <message>
        <source>Demo</source>
        <translation>Demo</translation>
    </message>
    <message>
        <source>The demo&apos;s local server cannot start: %1</source>
        <translation>Impossibile avviare il server locale della demo: %1</translation>
    </message>
    <message>
        <source>Demo (IAM v3)</source>
        <translation>Demo (IAM v3)</translation>
    </message>
</context>
<context>
    <name>Keyport::EditAccountCommand</name>
    <message>
        <source>The account %1 was changed, but not all of its old entries could be deleted from the system keychain yet: %2</source>
        <translation>L&apos;account %1 è stato modificato, ma non è stato ancora possibile eliminare tutte le sue vecchie voci dal portachiavi di sistema: %2</translation>
    </message>
    <message>
        <source>The account was not changed: %1</source>
        <translation>L&apos;account non è stato modificato: %1</translation>
    </message>
    <message>
        <source>Saved the changes to the account %1.</source>
        <translation>Le modifiche all&apos;account %1 sono state salvate.</translation>
    </message>
</context>
<context>
    <name>Keyport::EditOrganizationPolicyCommand</name>
    <message>
        <source>The organization policy cannot be edited: it could not be read. %1</source>
        <translation>La policy dell&apos;organizzazione non può essere modificata: non è stato possibile leggerla. %1</translation>
    </message>
    <message>
        <source>Test Bench</source>
        <translation>Banco di prova</translation>
    </message>
    <message>
        <source>Save Policy</source>
        <translation>Salva policy</translation>
    </message>
    <message>
        <source>The organization policy was not saved: the old policy still applies. %1</source>
        <translation>La policy dell&apos;organizzazione non è stata salvata: resta in vigore la policy precedente. %1</translation>
    </message>
    <message>
        <source>The organization policy was saved.</source>
        <translation>La policy dell&apos;organizzazione è stata salvata.</translation>
    </message>
</context>
<context>
    <name>Keyport::Endpoint</name>
    <message>
        <source>&quot;%1&quot; is not a zone name such as ch-gva-2.</source>
        <translation>&quot;%1&quot; non è un nome di zona come ch-gva-2.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid API environment name.</source>
        <translation>&quot;%1&quot; non è un nome di ambiente API valido.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an API address such as https://api-ch-gva-2.exoscale.com/v2.</source>
        <translation>&quot;%1&quot; non è un indirizzo API come https://api-ch-gva-2.exoscale.com/v2.</translation>
    </message>
    <message>
        <source>An API address has no query, fragment or user name: &quot;%1&quot;.</source>
        <translation>Un indirizzo API non può contenere query, frammento o nome utente: &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>The address %1 uses plain HTTP, which would expose every request. Use https://; plain HTTP is only accepted on this computer&apos;s own (loopback) addresses.</source>
        <translation>L&apos;indirizzo %1 usa HTTP in chiaro, che esporrebbe ogni richiesta. Usare https://; HTTP in chiaro è accettato solo sugli indirizzi propri di questo computer (loopback).</translation>
    </message>
    <message numerus="yes">
        <source>%1 is not an Exoscale API host. Keyport&apos;s signature on a request does not cover the host it is sent to, so %1 could send your requests on to Exoscale and act with your key for up to %n minute(s) after each one. Use this address only if you trust whoever runs it.</source>
        <translation>
            <numerusform>%1 non è un host API di Exoscale. La firma che Keyport appone a una richiesta non copre l&apos;host a cui viene inviata, quindi %1 potrebbe inoltrare le richieste a Exoscale e agire con la chiave dell&apos;account fino a %n minuto dopo ciascuna di esse. Usare questo indirizzo solo se ci si fida di chi lo gestisce.</numerusform>
            <numerusform>%1 non è un host API di Exoscale. La firma che Keyport appone a una richiesta non copre l&apos;host a cui viene inviata, quindi %1 potrebbe inoltrare le richieste a Exoscale e agire con la chiave dell&apos;account fino a %n minuti dopo ciascuna di esse. Usare questo indirizzo solo se ci si fida di chi lo gestisce.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Keyport::EnvironmentAccount</name>
    <message>
        <source>The environment variable EXOSCALE_API_KEY is set but %1 is not. Set both to use an account from the environment.</source>
        <translation>La variabile d&apos;ambiente EXOSCALE_API_KEY è impostata, ma %1 no. Impostarle entrambe per usare un account dall&apos;ambiente.</translation>
    </message>
    <message>
        <source>The environment variable %1 cannot be used. %2</source>
        <translation>Impossibile usare la variabile d&apos;ambiente %1. %2</translation>
    </message>
    <message>
        <source>The environment variable %1 cannot be used. %2 To use this address anyway, add the account with Add Account, which asks you to confirm the host.</source>
        <translation>Impossibile usare la variabile d&apos;ambiente %1. %2 Per usare comunque questo indirizzo, aggiungere l&apos;account con &quot;Aggiungi account&quot;, che chiede di confermare l&apos;host.</translation>
    </message>
</context>
<context>
    <name>Keyport::Error</name>
    <message>
        <source>The operation was cancelled.</source>
        <translation>L&apos;operazione è stata annullata.</translation>
    </message>
    <message>
        <source>The server sent an answer Keyport cannot understand: %1</source>
        <translation>Il server ha inviato una risposta che Keyport non riesce a interpretare: %1</translation>
    </message>
</context>
<context>
    <name>Keyport::ErrorBanner</name>
    <message>
        <source>&amp;Retry</source>
        <translation>&amp;Riprova</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Chiudi</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Avviso</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annulla</translation>
    </message>
</context>
<context>
    <name>Keyport::ErrorMapper</name>
    <message>
        <source>
Exoscale said: %1</source>
        <translation>
Risposta di Exoscale: %1</translation>
    </message>
    <message>
        <source>This account signs with a new-style IAM API key, and Exoscale does not let those create legacy access keys. Add an account that uses a legacy access key to create access keys.</source>
        <translation>Questo account firma con una chiave API IAM di nuovo tipo, ed Exoscale non consente a queste chiavi di creare chiavi di accesso legacy. Per creare chiavi di accesso, aggiungere un account che usa una chiave di accesso legacy.</translation>
    </message>
    <message>
        <source>Exoscale refused the request as invalid.</source>
        <translation>Exoscale ha rifiutato la richiesta perché non valida.</translation>
    </message>
    <message>
        <source>Exoscale refused the request: the API key or secret is wrong or expired, or this key is not allowed to do this.</source>
        <translation>Exoscale ha rifiutato la richiesta: la chiave API o il segreto sono errati o scaduti, oppure questa chiave non è autorizzata a eseguire questa azione.</translation>
    </message>
    <message>
        <source>Exoscale does not know this item; it may have been deleted.</source>
        <translation>Exoscale non conosce questo elemento; potrebbe essere stato eliminato.</translation>
    </message>
    <message>
        <source>Exoscale refused the request because it conflicts with the current state.</source>
        <translation>Exoscale ha rifiutato la richiesta perché è in conflitto con lo stato attuale.</translation>
    </message>
    <message numerus="yes">
        <source>Exoscale is limiting the rate of requests; try again in %n second(s).</source>
        <translation>
            <numerusform>Exoscale sta limitando la frequenza delle richieste; riprovare tra %n secondo.</numerusform>
            <numerusform>Exoscale sta limitando la frequenza delle richieste; riprovare tra %n secondi.</numerusform>
        </translation>
    </message>
    <message>
        <source>Exoscale is limiting the rate of requests; try again in a moment.</source>
        <translation>Exoscale sta limitando la frequenza delle richieste; riprovare tra poco.</translation>
    </message>
    <message>
        <source>Exoscale had a problem on its side (HTTP %1). Try again in a moment.</source>
        <translation>Exoscale ha riscontrato un problema interno (HTTP %1). Riprovare tra poco.</translation>
    </message>
    <message>
        <source>Exoscale refused the request (HTTP %1).</source>
        <translation>Exoscale ha rifiutato la richiesta (HTTP %1).</translation>
    </message>
    <message>
        <source>Exoscale gave an unexpected answer (HTTP %1).</source>
        <translation>Exoscale ha dato una risposta inattesa (HTTP %1).</translation>
    </message>
    <message>
        <source>The request was cancelled.</source>
        <translation>La richiesta è stata annullata.</translation>
    </message>
    <message>
        <source>The secure connection to Exoscale could not be established: %1</source>
        <translation>Impossibile stabilire la connessione sicura con Exoscale: %1</translation>
    </message>
    <message>
        <source>The API server&apos;s name could not be found. Check the network connection and the account&apos;s zone or endpoint.</source>
        <translation>Impossibile trovare il nome del server API. Controllare la connessione di rete e la zona o l&apos;endpoint dell&apos;account.</translation>
    </message>
    <message>
        <source>The API server refused the connection. Check the account&apos;s endpoint.</source>
        <translation>Il server API ha rifiutato la connessione. Controllare l&apos;endpoint dell&apos;account.</translation>
    </message>
    <message>
        <source>The API server did not answer in time. Check the network connection.</source>
        <translation>Il server API non ha risposto in tempo. Controllare la connessione di rete.</translation>
    </message>
    <message>
        <source>The connection to the API server failed: %1</source>
        <translation>Connessione al server API non riuscita: %1</translation>
    </message>
    <message numerus="yes">
        <source>The API server did not answer within %n second(s).</source>
        <translation>
            <numerusform>Il server API non ha risposto entro %n secondo.</numerusform>
            <numerusform>Il server API non ha risposto entro %n secondi.</numerusform>
        </translation>
    </message>
    <message>
        <source>This account signs with a new-style IAM API key, and Exoscale does not let those list legacy access keys. Add an account that uses a legacy access key to list access keys.</source>
        <translation>Questo account firma con una chiave API IAM di nuovo tipo, ed Exoscale non consente a queste chiavi di elencare le chiavi di accesso legacy. Per elencare le chiavi di accesso, aggiungere un account che usa una chiave di accesso legacy.</translation>
    </message>
    <message>
        <source>This account signs with a new-style IAM API key, and Exoscale does not let those read legacy access keys. Add an account that uses a legacy access key to read access keys.</source>
        <translation>Questo account firma con una chiave API IAM di nuovo tipo, ed Exoscale non consente a queste chiavi di leggere le chiavi di accesso legacy. Per leggere le chiavi di accesso, aggiungere un account che usa una chiave di accesso legacy.</translation>
    </message>
    <message>
        <source>This account signs with a new-style IAM API key, and Exoscale does not let those revoke legacy access keys. Add an account that uses a legacy access key to revoke access keys.</source>
        <translation>Questo account firma con una chiave API IAM di nuovo tipo, ed Exoscale non consente a queste chiavi di revocare chiavi di accesso legacy. Per revocare chiavi di accesso, aggiungere un account che usa una chiave di accesso legacy.</translation>
    </message>
    <message>
        <source>This account signs with a new-style IAM API key, and Exoscale does not let those list the operations of legacy access keys. Add an account that uses a legacy access key to manage access keys.</source>
        <translation>Questo account firma con una chiave API IAM di nuovo tipo, ed Exoscale non consente a queste chiavi di elencare le operazioni delle chiavi di accesso legacy. Per gestire le chiavi di accesso, aggiungere un account che usa una chiave di accesso legacy.</translation>
    </message>
    <message>
        <source>This account signs with a new-style IAM API key, and Exoscale does not let those list their own legacy operations. Add an account that uses a legacy access key to manage access keys.</source>
        <translation>Questo account firma con una chiave API IAM di nuovo tipo, ed Exoscale non consente a queste chiavi di elencare le proprie operazioni legacy. Per gestire le chiavi di accesso, aggiungere un account che usa una chiave di accesso legacy.</translation>
    </message>
    <message>
        <source>This account signs with a new-style IAM API key, and Exoscale does not let those follow the revocation of a legacy access key. Add an account that uses a legacy access key to revoke access keys.</source>
        <translation>Questo account firma con una chiave API IAM di nuovo tipo, ed Exoscale non consente a queste chiavi di seguire la revoca di una chiave di accesso legacy. Per revocare chiavi di accesso, aggiungere un account che usa una chiave di accesso legacy.</translation>
    </message>
    <message>
        <source>This account signs with a new-style IAM API key, and Exoscale does not let those manage legacy access keys. Add an account that uses a legacy access key.</source>
        <translation>Questo account firma con una chiave API IAM di nuovo tipo, ed Exoscale non consente a queste chiavi di gestire chiavi di accesso legacy. Aggiungere un account che usa una chiave di accesso legacy.</translation>
    </message>
    <message>
        <source>The API server closed the connection without answering. The request may or may not have been carried out.</source>
        <translation>Il server API ha chiuso la connessione senza rispondere. La richiesta potrebbe essere stata eseguita oppure no.</translation>
    </message>
    <message>
        <source>The network connection was lost before the API server answered. Check the network connection.</source>
        <translation>La connessione di rete è andata persa prima che il server API rispondesse. Controllare la connessione di rete.</translation>
    </message>
    <message>
        <source>The connection to the API server broke off without an answer. Check the network connection.</source>
        <translation>La connessione al server API si è interrotta senza risposta. Controllare la connessione di rete.</translation>
    </message>
    <message>
        <source>Exoscale does not let this account&apos;s key do this: legacy access keys and IAM API keys cannot manage each other. Use an account whose key is of the other kind.</source>
        <translation>Exoscale non consente alla chiave di questo account di farlo: le chiavi di accesso legacy e le chiavi API IAM non possono gestirsi a vicenda. Usa un account la cui chiave sia dell&apos;altro tipo.</translation>
    </message>
    <message>
        <source>The organization policy does not allow this request (service class &quot;%1&quot;).</source>
        <translation>La policy dell&apos;organizzazione non consente questa richiesta (classe di servizio &quot;%1&quot;).</translation>
    </message>
    <message>
        <source>The organization policy does not allow this account&apos;s API key to call %1 (service class &quot;%2&quot;).</source>
        <translation>La policy dell&apos;organizzazione non consente alla chiave API di questo account di chiamare %1 (classe di servizio &quot;%2&quot;).</translation>
    </message>
    <message>
        <source>The role of this account&apos;s API key does not allow this request (service class &quot;%1&quot;).</source>
        <translation>Il ruolo della chiave API di questo account non consente questa richiesta (classe di servizio &quot;%1&quot;).</translation>
    </message>
    <message>
        <source>The role of this account&apos;s API key does not allow it to call %1 (service class &quot;%2&quot;).</source>
        <translation>Il ruolo della chiave API di questo account non le consente di chiamare %1 (classe di servizio &quot;%2&quot;).</translation>
    </message>
</context>
<context>
    <name>Keyport::EventListJob</name>
    <message>
        <source>The start of the period (%1) is after its end (%2).</source>
        <translation>L&apos;inizio del periodo (%1) è successivo alla sua fine (%2).</translation>
    </message>
</context>
<context>
    <name>Keyport::ExoConfig</name>
    <message>
        <source>%1: &quot;%2&quot; must be a text string, the name of an account.</source>
        <translation>%1: &quot;%2&quot; deve essere una stringa di testo, il nome di un account.</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; must be a list of accounts, each starting with [[accounts]].</source>
        <translation>%1: &quot;%2&quot; deve essere un elenco di account, ognuno dei quali inizia con [[accounts]].</translation>
    </message>
    <message>
        <source>%1: there is already an account named &quot;%2&quot;.</source>
        <translation>%1: esiste già un account denominato &quot;%2&quot;.</translation>
    </message>
    <message>
        <source>%1, line %2</source>
        <translation>%1, riga %2</translation>
    </message>
    <message>
        <source>%1: the keys &quot;%2&quot; and &quot;%3&quot; are the same key, because keys are case-insensitive. Keep only one of them.</source>
        <translation>%1: le chiavi &quot;%2&quot; e &quot;%3&quot; sono la stessa chiave, perché nelle chiavi non si distingue tra maiuscole e minuscole. Mantenerne solo una.</translation>
    </message>
    <message>
        <source>%1: in the account &quot;%2&quot;, &quot;%3&quot; must be a text string.</source>
        <translation>%1: nell&apos;account &quot;%2&quot;, &quot;%3&quot; deve essere una stringa di testo.</translation>
    </message>
    <message>
        <source>%1: the name of account number %2 must be a text string.</source>
        <translation>%1: il nome dell&apos;account numero %2 deve essere una stringa di testo.</translation>
    </message>
    <message>
        <source>%1: account number %2 has no name.</source>
        <translation>%1: l&apos;account numero %2 non ha un nome.</translation>
    </message>
    <message>
        <source>%1: the account name &quot;%2&quot; cannot be used. %3</source>
        <translation>%1: impossibile usare il nome di account &quot;%2&quot;. %3</translation>
    </message>
    <message>
        <source>%1: the account &quot;%2&quot; has no API key (&quot;key&quot;).</source>
        <translation>%1: l&apos;account &quot;%2&quot; non ha una chiave API (&quot;key&quot;).</translation>
    </message>
    <message>
        <source>%1: the account &quot;%2&quot; has no usable API address. %3</source>
        <translation>%1: l&apos;account &quot;%2&quot; non ha un indirizzo API utilizzabile. %3</translation>
    </message>
    <message>
        <source>%1: in the account &quot;%2&quot;, &quot;%3&quot; must be a list of text strings, such as [&quot;pass&quot;, &quot;show&quot;, &quot;exoscale&quot;].</source>
        <translation>%1: nell&apos;account &quot;%2&quot;, &quot;%3&quot; deve essere un elenco di stringhe di testo, come [&quot;pass&quot;, &quot;show&quot;, &quot;exoscale&quot;].</translation>
    </message>
    <message>
        <source>%1: in the account &quot;%2&quot;, &quot;%3&quot; must start with the program to run.</source>
        <translation>%1: nell&apos;account &quot;%2&quot;, &quot;%3&quot; deve iniziare con il programma da eseguire.</translation>
    </message>
    <message>
        <source>The exo CLI configuration file %1 does not exist.</source>
        <translation>Il file di configurazione della CLI exo %1 non esiste.</translation>
    </message>
    <message>
        <source>%1 is a folder, not an exo CLI configuration file.</source>
        <translation>%1 è una cartella, non un file di configurazione della CLI exo.</translation>
    </message>
    <message>
        <source>The exo CLI configuration file %1 could not be opened: %2</source>
        <translation>Impossibile aprire il file di configurazione della CLI exo %1: %2</translation>
    </message>
    <message>
        <source>The exo CLI configuration file %1 could not be read: %2</source>
        <translation>Impossibile leggere il file di configurazione della CLI exo %1: %2</translation>
    </message>
    <message>
        <source>The file %1 is too large to be an exo CLI configuration file.</source>
        <translation>Il file %1 è troppo grande per essere un file di configurazione della CLI exo.</translation>
    </message>
    <message>
        <source>%1, line %2, column %3: %4</source>
        <translation>%1, riga %2, colonna %3: %4</translation>
    </message>
    <message>
        <source>%1: the API key (&quot;key&quot;) of the account &quot;%2&quot; cannot be used. %3</source>
        <translation>%1: impossibile usare la chiave API (&quot;key&quot;) dell&apos;account &quot;%2&quot;. %3</translation>
    </message>
    <message>
        <source>%1: the account &quot;%2&quot; cannot be imported. %3 To use this address anyway, add the account with Add Account, which asks you to confirm the host.</source>
        <translation>%1: impossibile importare l&apos;account &quot;%2&quot;. %3 Per usare comunque questo indirizzo, aggiungere l&apos;account con &quot;Aggiungi account&quot;, che chiede di confermare l&apos;host.</translation>
    </message>
    <message>
        <source>%1, line %2, column %3: the file is not valid UTF-8 text (at byte offset %4).</source>
        <translation>%1, riga %2, colonna %3: il file non è un testo UTF-8 valido (alla posizione di byte %4).</translation>
    </message>
    <message>
        <source>%1 holds characters of the private use range U+F0000-U+FFFFF, which Keyport does not read in an exo CLI configuration file.</source>
        <translation>%1 contiene caratteri dell&apos;area a uso privato U+F0000-U+FFFFF, che Keyport non legge in un file di configurazione della CLI exo.</translation>
    </message>
</context>
<context>
    <name>Keyport::ExpressionEdit</name>
    <message>
        <source>Sn&amp;ippets</source>
        <translation>&amp;Frammenti</translation>
    </message>
    <message>
        <source>Insert a common shape of expression at the cursor</source>
        <translation>Inserisce nella posizione del cursore un&apos;espressione di forma comune</translation>
    </message>
    <message>
        <source>Snippets</source>
        <translation>Frammenti</translation>
    </message>
    <message>
        <source>Type an expression, for example operation in [&apos;list-zones&apos;].</source>
        <translation>Digitare un&apos;espressione, ad esempio operation in [&apos;list-zones&apos;].</translation>
    </message>
    <message>
        <source>Column %1: %2</source>
        <translation>Colonna %1: %2</translation>
    </message>
</context>
<context>
    <name>Keyport::ForgetSecretCommand</name>
    <message>
        <source>Forget Stored Secret</source>
        <translation>Dimentica segreto salvato</translation>
    </message>
    <message>
        <source>Delete the secret of %1 (%2) from %3?

The key stays valid at Exoscale; only the copy Keyport kept is deleted, and it cannot be recovered.</source>
        <translation>Eliminare il segreto di %1 (%2) conservato %3?

La chiave resta valida su Exoscale; viene eliminata solo la copia conservata da Keyport, che non potrà essere recuperata.</translation>
    </message>
    <message>
        <source>Forget Secret</source>
        <translation>Dimentica segreto</translation>
    </message>
    <message>
        <source>Keyport no longer offers the secret of %1, but it is still in the system keychain: %2</source>
        <translation>Keyport non offre più il segreto di %1, che però si trova ancora nel portachiavi di sistema: %2</translation>
    </message>
    <message>
        <source>Forgot the stored secret of %1.</source>
        <translation>Il segreto salvato di %1 è stato dimenticato.</translation>
    </message>
</context>
<context>
    <name>Keyport::IamActions</name>
    <message>
        <source>New &amp;API Key…</source>
        <translation>Nuova chiave &amp;API…</translation>
    </message>
    <message>
        <source>&amp;Delete API Keys…</source>
        <translation>&amp;Elimina chiavi API…</translation>
    </message>
    <message>
        <source>New &amp;Role…</source>
        <translation>Nuovo &amp;ruolo…</translation>
    </message>
    <message>
        <source>&amp;Edit Role…</source>
        <translation>&amp;Modifica ruolo…</translation>
    </message>
    <message>
        <source>Use Role as &amp;Template…</source>
        <translation>Usa ruolo come mo&amp;dello…</translation>
    </message>
    <message>
        <source>De&amp;lete Role…</source>
        <translation>E&amp;limina ruolo…</translation>
    </message>
    <message>
        <source>Edit &amp;Organization Policy…</source>
        <translation>Modifica policy dell&apos;&amp;organizzazione…</translation>
    </message>
    <message>
        <source>Re&amp;set Organization Policy…</source>
        <translation>Reimpo&amp;sta policy dell&apos;organizzazione…</translation>
    </message>
    <message>
        <source>Test &amp;Bench…</source>
        <translation>&amp;Banco di prova…</translation>
    </message>
    <message>
        <source>&amp;IAM</source>
        <translation>&amp;IAM</translation>
    </message>
    <message>
        <source>A legacy access key cannot create IAM API keys: use an account that signs with an IAM API key.</source>
        <translation>Una chiave di accesso legacy non può creare chiavi API IAM: usare un account che firma con una chiave API IAM.</translation>
    </message>
</context>
<context>
    <name>Keyport::IamClient</name>
    <message>
        <source>is not a role id (a UUID)</source>
        <translation>non è un id di ruolo (un UUID)</translation>
    </message>
    <message>
        <source>The role &quot;%1&quot; cannot be changed: it was created as not editable.</source>
        <translation>Il ruolo &quot;%1&quot; non può essere modificato: è stato creato come non modificabile.</translation>
    </message>
    <message>
        <source>The role was not changed, and nothing was sent:
%1</source>
        <translation>Il ruolo non è stato modificato e non è stato inviato nulla:
%1</translation>
    </message>
    <message>
        <source>The role&apos;s policy was not changed, and nothing was sent:
%1</source>
        <translation>La policy del ruolo non è stata modificata e non è stato inviato nulla:
%1</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a role id (a UUID).</source>
        <translation>&quot;%1&quot; non è un id di ruolo (un UUID).</translation>
    </message>
    <message>
        <source>The organization policy was not changed, and nothing was sent:
%1</source>
        <translation>La policy dell&apos;organizzazione non è stata modificata e non è stato inviato nulla:
%1</translation>
    </message>
</context>
<context>
    <name>Keyport::IamEditorDialog</name>
    <message>
        <source>&amp;Form</source>
        <translation>&amp;Modulo</translation>
    </message>
    <message>
        <source>&amp;JSON</source>
        <translation>&amp;JSON</translation>
    </message>
    <message>
        <source>exo &amp;command line</source>
        <translation>Riga di &amp;comando exo</translation>
    </message>
    <message>
        <source>C&amp;opy</source>
        <translation>Co&amp;pia</translation>
    </message>
    <message>
        <source>Copy the command line to the clipboard</source>
        <translation>Copia la riga di comando negli appunti</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Salvataggio…</translation>
    </message>
    <message>
        <source>Line %1, column %2: %3</source>
        <translation>Riga %1, colonna %2: %3</translation>
    </message>
    <message>
        <source>The body must be a JSON object.</source>
        <translation>Il corpo deve essere un oggetto JSON.</translation>
    </message>
</context>
<context>
    <name>Keyport::IamJson</name>
    <message>
        <source>the answer is not a JSON object</source>
        <translation>la risposta non è un oggetto JSON</translation>
    </message>
    <message>
        <source>is not an object</source>
        <translation>non è un oggetto</translation>
    </message>
    <message>
        <source>is not a string</source>
        <translation>non è una stringa</translation>
    </message>
    <message>
        <source>is missing</source>
        <translation>manca</translation>
    </message>
    <message>
        <source>is empty</source>
        <translation>è vuoto</translation>
    </message>
    <message>
        <source>is not a list</source>
        <translation>non è una lista</translation>
    </message>
    <message>
        <source>is not true or false</source>
        <translation>non è true o false</translation>
    </message>
    <message>
        <source>is not a whole number</source>
        <translation>non è un numero intero</translation>
    </message>
    <message>
        <source>invalid JSON at offset %1 (%2)</source>
        <translation>JSON non valido all&apos;offset %1 (%2)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date and time (RFC 3339)</source>
        <translation>&quot;%1&quot; non è una data e ora (RFC 3339)</translation>
    </message>
    <message>
        <source>the new key&apos;s secret is missing from the answer</source>
        <translation>il segreto della nuova chiave manca nella risposta</translation>
    </message>
    <message>
        <source>the answer is not a list of events</source>
        <translation>la risposta non è una lista di eventi</translation>
    </message>
    <message>
        <source>a role must be a JSON object</source>
        <translation>un ruolo deve essere un oggetto JSON</translation>
    </message>
    <message>
        <source>is missing: a role is never created without a policy</source>
        <translation>manca: un ruolo non viene mai creato senza una policy</translation>
    </message>
</context>
<context>
    <name>Keyport::IamLimits</name>
    <message>
        <source>must not be empty</source>
        <translation>non deve essere vuoto</translation>
    </message>
    <message numerus="yes">
        <source>has %1 characters; at most %n are allowed</source>
        <translation>
            <numerusform>ha %1 caratteri; è consentito al massimo %n carattere</numerusform>
            <numerusform>ha %1 caratteri; sono consentiti al massimo %n caratteri</numerusform>
        </translation>
    </message>
    <message>
        <source>is missing</source>
        <translation>manca</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a role id (a UUID)</source>
        <translation>&quot;%1&quot; non è un id di ruolo (un UUID)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a permission; the permissions are %2</source>
        <translation>&quot;%1&quot; non è un permesso; i permessi sono %2</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is listed twice</source>
        <translation>&quot;%1&quot; è elencato due volte</translation>
    </message>
    <message>
        <source>must be a number of seconds greater than zero</source>
        <translation>deve essere un numero di secondi maggiore di zero</translation>
    </message>
    <message>
        <source>a label needs a name</source>
        <translation>un&apos;etichetta richiede un nome</translation>
    </message>
</context>
<context>
    <name>Keyport::IamPolicy</name>
    <message>
        <source>a rule must be an object</source>
        <translation>una regola deve essere un oggetto</translation>
    </message>
    <message>
        <source>must be &quot;allow&quot; or &quot;deny&quot;</source>
        <translation>deve essere &quot;allow&quot; o &quot;deny&quot;</translation>
    </message>
    <message>
        <source>is missing</source>
        <translation>manca</translation>
    </message>
    <message>
        <source>must be a string</source>
        <translation>deve essere una stringa</translation>
    </message>
    <message>
        <source>must be a list of strings</source>
        <translation>deve essere una lista di stringhe</translation>
    </message>
    <message>
        <source>a service entry must be an object</source>
        <translation>una voce di servizio deve essere un oggetto</translation>
    </message>
    <message>
        <source>must be &quot;allow&quot;, &quot;deny&quot; or &quot;rules&quot;</source>
        <translation>deve essere &quot;allow&quot;, &quot;deny&quot; o &quot;rules&quot;</translation>
    </message>
    <message>
        <source>must be a list of rules</source>
        <translation>deve essere una lista di regole</translation>
    </message>
    <message>
        <source>has no effect unless the type is &quot;rules&quot;</source>
        <translation>non ha effetto se il tipo non è &quot;rules&quot;</translation>
    </message>
    <message>
        <source>a policy must be a JSON object</source>
        <translation>una policy deve essere un oggetto JSON</translation>
    </message>
    <message>
        <source>must be an object</source>
        <translation>deve essere un oggetto</translation>
    </message>
    <message>
        <source>a service class needs a name</source>
        <translation>una classe di servizio richiede un nome</translation>
    </message>
</context>
<context>
    <name>Keyport::IamRoleCreateJob</name>
    <message>
        <source>The role was not created, and nothing was sent:
%1</source>
        <translation>Il ruolo non è stato creato e non è stato inviato nulla:
%1</translation>
    </message>
    <message>
        <source>the operation that created the role does not name it (reference.id is &quot;%1&quot;)</source>
        <translation>l&apos;operazione che ha creato il ruolo non ne indica il nome (reference.id è &quot;%1&quot;)</translation>
    </message>
</context>
<context>
    <name>Keyport::IamRoleJob</name>
    <message>
        <source>&quot;%1&quot; is not a role id (a UUID).</source>
        <translation>&quot;%1&quot; non è un id di ruolo (un UUID).</translation>
    </message>
</context>
<context>
    <name>Keyport::ImportAccountsDialog</name>
    <message>
        <source>Import from exo CLI</source>
        <translation>Importa dalla CLI exo</translation>
    </message>
    <message>
        <source>Accounts found in %1. Keyport copies the chosen ones; their secrets go to the system keychain.</source>
        <translation>Account trovati in %1. Keyport copia quelli scelti; i loro segreti vengono salvati nel portachiavi di sistema.</translation>
    </message>
    <message>
        <source>Accounts to import</source>
        <translation>Account da importare</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Account</translation>
    </message>
    <message>
        <source>API key</source>
        <translation>Chiave API</translation>
    </message>
    <message>
        <source>Zone or endpoint</source>
        <translation>Zona o endpoint</translation>
    </message>
    <message>
        <source>Secret</source>
        <translation>Segreto</translation>
    </message>
    <message>
        <source>in the file</source>
        <translation>nel file</translation>
    </message>
    <message>
        <source>from the command: %1</source>
        <translation>dal comando: %1</translation>
    </message>
    <message>
        <source>missing</source>
        <translation>mancante</translation>
    </message>
    <message>
        <source>%1 (default)</source>
        <translation>%1 (predefinito)</translation>
    </message>
    <message>
        <source>Keyport already has an account of this name.</source>
        <translation>Keyport ha già un account con questo nome.</translation>
    </message>
    <message>
        <source>&amp;Run the secret commands shown above to read those secrets</source>
        <translation>&amp;Esegui i comandi mostrati sopra per leggere i segreti</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importa</translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation>Importazione in corso…</translation>
    </message>
</context>
<context>
    <name>Keyport::ImportAccountsFlow</name>
    <message>
        <source>Import from exo CLI</source>
        <translation>Importa dalla CLI exo</translation>
    </message>
    <message>
        <source>No exo CLI configuration was found. Keyport looked for:
%1</source>
        <translation>Non è stata trovata alcuna configurazione della CLI exo. Keyport ha cercato:
%1</translation>
    </message>
    <message>
        <source>Choose File…</source>
        <translation>Scegli file…</translation>
    </message>
    <message>
        <source>Choose the exo CLI configuration</source>
        <translation>Scegli la configurazione della CLI exo</translation>
    </message>
    <message>
        <source>TOML files (*.toml);;All files (*)</source>
        <translation>File TOML (*.toml);;Tutti i file (*)</translation>
    </message>
    <message>
        <source>%1: not imported: %2</source>
        <translation>%1: non importato: %2</translation>
    </message>
    <message>
        <source>%1: imported.</source>
        <translation>%1: importato.</translation>
    </message>
    <message>
        <source>%1: not imported: the file holds no secret for it.</source>
        <translation>%1: non importato: il file non contiene alcun segreto per questo account.</translation>
    </message>
    <message>
        <source>%1: not imported: its secret comes from a command, and running it was not allowed.</source>
        <translation>%1: non importato: il suo segreto proviene da un comando, la cui esecuzione non è stata consentita.</translation>
    </message>
</context>
<context>
    <name>Keyport::KeyDetailsPane</name>
    <message>
        <source>Select a key to see its details.</source>
        <translation>Selezionare una chiave per vederne i dettagli.</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Nome:</translation>
    </message>
    <message>
        <source>Copy the key ID</source>
        <translation>Copia l&apos;ID della chiave</translation>
    </message>
    <message>
        <source>Key ID:</source>
        <translation>ID chiave:</translation>
    </message>
    <message>
        <source>Type:</source>
        <translation>Tipo:</translation>
    </message>
    <message>
        <source>Version:</source>
        <translation>Versione:</translation>
    </message>
    <message>
        <source>Tags:</source>
        <translation>Tag:</translation>
    </message>
    <message>
        <source>Secret:</source>
        <translation>Segreto:</translation>
    </message>
    <message>
        <source>Resources:</source>
        <translation>Risorse:</translation>
    </message>
    <message>
        <source>Operations</source>
        <translation>Operazioni</translation>
    </message>
    <message>
        <source>Operations:</source>
        <translation>Operazioni:</translation>
    </message>
    <message>
        <source>not given</source>
        <translation>non indicata</translation>
    </message>
    <message>
        <source>none</source>
        <translation>nessuno</translation>
    </message>
    <message>
        <source>Not held by Keyport</source>
        <translation>Non conservato da Keyport</translation>
    </message>
    <message>
        <source>Held by Keyport in %1</source>
        <translation>Conservato da Keyport %1</translation>
    </message>
    <message>
        <source>any</source>
        <translation>qualsiasi</translation>
    </message>
    <message>
        <source>Every operation the signing key may use</source>
        <translation>Tutte le operazioni che la chiave di firma può usare</translation>
    </message>
    <message numerus="yes">
        <source>Tag %1: %n operation(s)</source>
        <translation>
            <numerusform>Tag %1: %n operazione</numerusform>
            <numerusform>Tag %1: %n operazioni</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Picked alone: %n operation(s)</source>
        <translation>
            <numerusform>Scelte singolarmente: %n operazione</numerusform>
            <numerusform>Scelte singolarmente: %n operazioni</numerusform>
        </translation>
    </message>
    <message>
        <source>No operation restriction</source>
        <translation>Nessuna restrizione sulle operazioni</translation>
    </message>
    <message>
        <source>Copy ID</source>
        <translation>Copia ID</translation>
    </message>
    <message>
        <source>This account signs its requests with this key.</source>
        <translation>Questo account firma le sue richieste con questa chiave.</translation>
    </message>
    <message>
        <source>Resources: %1; matching the search: %2</source>
        <translation>Risorse: %1; corrispondenti alla ricerca: %2</translation>
    </message>
    <message>
        <source>%1 (matches the search)</source>
        <translation>%1 (corrisponde alla ricerca)</translation>
    </message>
    <message>
        <source>Operation %1 (matches the search)</source>
        <translation>Operazione %1 (corrisponde alla ricerca)</translation>
    </message>
    <message>
        <source>Tag %1 (matches the search)</source>
        <translation>Tag %1 (corrisponde alla ricerca)</translation>
    </message>
</context>
<context>
    <name>Keyport::KeyDraft</name>
    <message>
        <source>The key needs a name.</source>
        <translation>La chiave deve avere un nome.</translation>
    </message>
    <message numerus="yes">
        <source>A key name has at most %n characters.</source>
        <translation>
            <numerusform>Il nome di una chiave può avere al massimo %n carattere.</numerusform>
            <numerusform>Il nome di una chiave può avere al massimo %n caratteri.</numerusform>
        </translation>
    </message>
    <message>
        <source>A key name cannot contain control characters.</source>
        <translation>Il nome di una chiave non può contenere caratteri di controllo.</translation>
    </message>
    <message>
        <source>A key name cannot start or end with a space.</source>
        <translation>Il nome di una chiave non può iniziare o terminare con uno spazio.</translation>
    </message>
    <message>
        <source>A restricted key needs at least one operation, tag or resource; without any it would be unrestricted.</source>
        <translation>Una chiave limitata richiede almeno un&apos;operazione, un tag o una risorsa; senza, sarebbe illimitata.</translation>
    </message>
    <message>
        <source>There is no operation tag &quot;%1&quot;.</source>
        <translation>Non esiste alcun tag di operazioni &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>There is no operation &quot;%1&quot;.</source>
        <translation>Non esiste alcuna operazione &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>The resource %1 is listed twice.</source>
        <translation>La risorsa %1 è elencata due volte.</translation>
    </message>
    <message>
        <source>Name: %1 → %2</source>
        <translation>Nome: %1 → %2</translation>
    </message>
    <message>
        <source>Restricted instead of unrestricted</source>
        <translation>Limitata anziché illimitata</translation>
    </message>
    <message>
        <source>Unrestricted instead of restricted</source>
        <translation>Illimitata anziché limitata</translation>
    </message>
    <message>
        <source>+ tag %1</source>
        <translation>+ tag %1</translation>
    </message>
    <message>
        <source>− tag %1</source>
        <translation>− tag %1</translation>
    </message>
    <message>
        <source>+ operation %1</source>
        <translation>+ operazione %1</translation>
    </message>
    <message>
        <source>− operation %1</source>
        <translation>− operazione %1</translation>
    </message>
    <message>
        <source>+ resource %1</source>
        <translation>+ risorsa %1</translation>
    </message>
    <message>
        <source>− resource %1</source>
        <translation>− risorsa %1</translation>
    </message>
</context>
<context>
    <name>Keyport::KeyValueEditor</name>
    <message>
        <source>Name</source>
        <translation>Nome</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valore</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Aggiungi</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Rimuovi</translation>
    </message>
</context>
<context>
    <name>Keyport::KeyWizard</name>
    <message>
        <source>Create Key</source>
        <translation>Crea chiave</translation>
    </message>
    <message>
        <source>Create Key Based on %1</source>
        <translation>Crea chiave basata su %1</translation>
    </message>
    <message>
        <source>Exoscale is creating the key. Wait for its answer: it carries the key&apos;s secret.</source>
        <translation>Exoscale sta creando la chiave. Attendere la risposta: contiene il segreto della chiave.</translation>
    </message>
    <message>
        <source>Close Without Storing the Secret?</source>
        <translation>Chiudere senza salvare il segreto?</translation>
    </message>
    <message>
        <source>The secret of the new key is not saved anywhere. Once this window is closed, nobody can see it again, and the key will need to be revoked and created anew.</source>
        <translation>Il segreto della nuova chiave non è salvato da nessuna parte. Una volta chiusa questa finestra, nessuno potrà più vederlo e la chiave dovrà essere revocata e creata di nuovo.</translation>
    </message>
    <message>
        <source>Close and Lose the Secret</source>
        <translation>Chiudi e perdi il segreto</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Esci</translation>
    </message>
    <message>
        <source>Account %1 · %2</source>
        <translation>Account %1 · %2</translation>
    </message>
    <message>
        <source>Account %1</source>
        <translation>Account %1</translation>
    </message>
</context>
<context>
    <name>Keyport::KeychainError</name>
    <message>
        <source>The system keychain holds no such secret.</source>
        <translation>Il portachiavi di sistema non contiene questo segreto.</translation>
    </message>
    <message>
        <source>The keychain is locked, or unlocking it was declined.</source>
        <translation>Il portachiavi è bloccato oppure lo sblocco è stato rifiutato.</translation>
    </message>
    <message>
        <source>The system keychain could not complete the request.</source>
        <translation>Il portachiavi di sistema non è riuscito a completare la richiesta.</translation>
    </message>
    <message>
        <source>No system keychain (Secret Service) is available, so Keyport cannot store secrets beyond this session.</source>
        <translation>Nessun portachiavi di sistema (Secret Service) disponibile, quindi Keyport non può conservare i segreti oltre questa sessione.</translation>
    </message>
    <message>
        <source>The system keychain (Secret Service) did not answer in time.</source>
        <translation>Il portachiavi di sistema (Secret Service) non ha risposto in tempo.</translation>
    </message>
</context>
<context>
    <name>Keyport::KeychainSecretStore</name>
    <message>
        <source>the system keychain</source>
        <translation>nel portachiavi di sistema</translation>
    </message>
</context>
<context>
    <name>Keyport::LockoutAnalysis</name>
    <message>
        <source>rule %1 of %2 in the organization policy, which depends on the request</source>
        <translation>regola %1 di %2 nella policy dell&apos;organizzazione, che dipende dalla richiesta</translation>
    </message>
    <message>
        <source>rule %1 of %2 in the policy of role %3, which depends on the request</source>
        <translation>regola %1 di %2 nella policy del ruolo %3, che dipende dalla richiesta</translation>
    </message>
    <message>
        <source>rule %1 of %2 in the organization policy</source>
        <translation>regola %1 di %2 nella policy dell&apos;organizzazione</translation>
    </message>
    <message>
        <source>rule %1 of %2 in the policy of role %3</source>
        <translation>regola %1 di %2 nella policy del ruolo %3</translation>
    </message>
    <message>
        <source>no rule matched in %1 in the organization policy</source>
        <translation>nessuna regola corrispondente in %1 nella policy dell&apos;organizzazione</translation>
    </message>
    <message>
        <source>no rule matched in %1 in the policy of role %2</source>
        <translation>nessuna regola corrispondente in %1 nella policy del ruolo %2</translation>
    </message>
    <message>
        <source>%1 denied in the organization policy</source>
        <translation>%1 negato nella policy dell&apos;organizzazione</translation>
    </message>
    <message>
        <source>%1 denied in the policy of role %2</source>
        <translation>%1 negato nella policy del ruolo %2</translation>
    </message>
    <message>
        <source>the default strategy deny of the organization policy</source>
        <translation>la strategia predefinita deny della policy dell&apos;organizzazione</translation>
    </message>
    <message>
        <source>the default strategy deny of the policy of role %1</source>
        <translation>la strategia predefinita deny della policy del ruolo %1</translation>
    </message>
    <message>
        <source>every %1 operation</source>
        <translation>tutte le operazioni %1</translation>
    </message>
    <message>
        <source>Loses %1, because of %2.</source>
        <translation>Perde %1, a causa di %2.</translation>
    </message>
    <message>
        <source>May lose %1, because of %2.</source>
        <translation>Potrebbe perdere %1, a causa di %2.</translation>
    </message>
    <message>
        <source>The signing key of this account, %1 (%2), role %3: the key Keyport signs with</source>
        <translation>La chiave di firma di questo account, %1 (%2), ruolo %3: la chiave con cui firma Keyport</translation>
    </message>
    <message>
        <source>The API key %1 (%2), role %3</source>
        <translation>La chiave API %1 (%2), ruolo %3</translation>
    </message>
    <message>
        <source>The person %1, role %2</source>
        <translation>La persona %1, ruolo %2</translation>
    </message>
    <message numerus="yes">
        <source>%n operation(s) of %1</source>
        <translation>
            <numerusform>%n operazione di %1</numerusform>
            <numerusform>%n operazioni di %1</numerusform>
        </translation>
    </message>
    <message>
        <source>possibly %1</source>
        <translation>forse %1</translation>
    </message>
    <message>
        <source>The role %1 is not among the roles listed, so what its API keys and people could call before is not known; Keyport judges as if it allowed everything, so that no loss goes unreported.</source>
        <translation>Il ruolo %1 non è tra i ruoli elencati, quindi non è noto che cosa potessero chiamare prima le chiavi API e le persone a esso associate; Keyport lo valuta come se consentisse tutto, affinché nessuna perdita passi inosservata.</translation>
    </message>
    <message>
        <source>the deletion of role %1</source>
        <translation>l&apos;eliminazione del ruolo %1</translation>
    </message>
    <message>
        <source>The key this account signs with is not known: its own access cannot be judged.</source>
        <translation>La chiave con cui firma questo account non è nota: non è possibile valutarne l&apos;accesso.</translation>
    </message>
    <message>
        <source>The signing key of this account (%1) is not among the API keys (a legacy key, or one not listed): its own access cannot be judged.</source>
        <translation>La chiave di firma di questo account (%1) non è tra le chiavi API (è una chiave legacy o una chiave non elencata): non è possibile valutarne l&apos;accesso.</translation>
    </message>
    <message>
        <source>The role of the API key %1 (%2) is not known: its access cannot be judged.</source>
        <translation>Il ruolo della chiave API %1 (%2) non è noto: non è possibile valutarne l&apos;accesso.</translation>
    </message>
    <message>
        <source>The role of the person %1 is not known: their access cannot be judged.</source>
        <translation>Il ruolo della persona %1 non è noto: non è possibile valutarne l&apos;accesso.</translation>
    </message>
    <message>
        <source>Exoscale refuses to delete a role that API keys or people are bound to: bind them to another role, or delete those API keys, first.</source>
        <translation>Exoscale rifiuta di eliminare un ruolo a cui sono associate chiavi API o persone: associarle prima a un altro ruolo, oppure eliminare prima quelle chiavi API.</translation>
    </message>
    <message>
        <source>No API key and no person is bound to this role: nobody loses anything.</source>
        <translation>Nessuna chiave API e nessuna persona è associata a questo ruolo: nessuno perde nulla.</translation>
    </message>
    <message>
        <source>Nobody loses anything: every API key and every person keeps every operation they could call.</source>
        <translation>Nessuno perde nulla: ogni chiave API e ogni persona conserva tutte le operazioni che poteva chiamare.</translation>
    </message>
    <message>
        <source>Nobody loses anything: every API key and every person bound to this role keeps every operation they could call.</source>
        <translation>Nessuno perde nulla: ogni chiave API e ogni persona associata a questo ruolo conserva tutte le operazioni che poteva chiamare.</translation>
    </message>
    <message>
        <source>The signing key of this account can still list and update IAM.</source>
        <translation>La chiave di firma di questo account può ancora elencare e aggiornare IAM.</translation>
    </message>
    <message>
        <source>The signing key of this account loses nothing: it can still list and update IAM.</source>
        <translation>La chiave di firma di questo account non perde nulla: può ancora elencare e aggiornare IAM.</translation>
    </message>
    <message>
        <source>The signing key of this account, %1 (%2), the key Keyport signs with, loses %3.</source>
        <translation>La chiave di firma di questo account, %1 (%2), la chiave con cui firma Keyport, perde %3.</translation>
    </message>
    <message>
        <source>Keyport could then no longer call %1 with it: it may no longer be able to manage IAM, nor to undo this change.</source>
        <translation>Keyport non potrebbe quindi più chiamare %1 con questa chiave: potrebbe non essere più in grado di gestire IAM né di annullare questa modifica.</translation>
    </message>
    <message numerus="yes">
        <source>%n API key(s)</source>
        <translation>
            <numerusform>%n chiave API</numerusform>
            <numerusform>%n chiavi API</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n person(s)</source>
        <translation>
            <numerusform>%n persona</numerusform>
            <numerusform>%n persone</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 and %2 lose %3.</source>
        <translation>%1 e %2 perdono %3.</translation>
    </message>
    <message>
        <source>%1 and %2 bound to this role lose %3.</source>
        <translation>%1 e %2 associate a questo ruolo perdono %3.</translation>
    </message>
    <message numerus="yes">
        <source>%n API key(s) lose(s) %1.</source>
        <translation>
            <numerusform>%n chiave API perde %1.</numerusform>
            <numerusform>%n chiavi API perdono %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n API key(s) bound to this role lose(s) %1.</source>
        <translation>
            <numerusform>%n chiave API associata a questo ruolo perde %1.</numerusform>
            <numerusform>%n chiavi API associate a questo ruolo perdono %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n person(s) lose(s) %1.</source>
        <translation>
            <numerusform>%n persona perde %1.</numerusform>
            <numerusform>%n persone perdono %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n person(s) bound to this role lose(s) %1.</source>
        <translation>
            <numerusform>%n persona associata a questo ruolo perde %1.</numerusform>
            <numerusform>%n persone associate a questo ruolo perdono %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n more API key(s) or person(s) lose other operations: see the details.</source>
        <translation>
            <numerusform>%n ulteriore chiave API o persona perde altre operazioni: vedere i dettagli.</numerusform>
            <numerusform>%n ulteriori chiavi API o persone perdono altre operazioni: vedere i dettagli.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Keyport::LockoutGuardDialog</name>
    <message>
        <source>organization policy</source>
        <translation>policy dell&apos;organizzazione</translation>
    </message>
    <message>
        <source>Save the Policy of Role %1</source>
        <translation>Salva la policy del ruolo %1</translation>
    </message>
    <message>
        <source>Saving this policy changes what the API keys and people bound to role %1 may call.</source>
        <translation>Il salvataggio di questa policy cambia ciò che le chiavi API e le persone associate al ruolo %1 possono chiamare.</translation>
    </message>
    <message>
        <source>Delete Role %1</source>
        <translation>Elimina il ruolo %1</translation>
    </message>
    <message>
        <source>Deleting role %1 takes every operation away from the API keys and people bound to it.</source>
        <translation>L&apos;eliminazione del ruolo %1 toglie ogni operazione alle chiavi API e alle persone a esso associate.</translation>
    </message>
    <message>
        <source>Save the Organization Policy</source>
        <translation>Salva la policy dell&apos;organizzazione</translation>
    </message>
    <message>
        <source>The organization policy judges every request of every API key and every person before their role&apos;s policy does.</source>
        <translation>La policy dell&apos;organizzazione valuta ogni richiesta di ogni chiave API e di ogni persona prima che lo faccia la policy del loro ruolo.</translation>
    </message>
    <message>
        <source>Reset the Organization Policy</source>
        <translation>Reimposta la policy dell&apos;organizzazione</translation>
    </message>
    <message>
        <source>Resetting the organization policy allows every service class: afterwards only the roles&apos; own policies restrict what API keys and people may call.</source>
        <translation>La reimpostazione della policy dell&apos;organizzazione consente tutte le classi di servizio: in seguito, solo le policy dei ruoli limitano ciò che chiavi API e persone possono chiamare.</translation>
    </message>
    <message>
        <source>&amp;Who loses what</source>
        <translation>&amp;Chi perde che cosa</translation>
    </message>
    <message>
        <source>Who and what</source>
        <translation>Chi e che cosa</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Perché</translation>
    </message>
    <message>
        <source>&amp;Type %1 to go ahead:</source>
        <translation>&amp;Digitare %1 per procedere:</translation>
    </message>
    <message>
        <source>Can no longer call %1, which Keyport needs to manage IAM and to undo this change.</source>
        <translation>Non può più chiamare %1, di cui Keyport ha bisogno per gestire IAM e per annullare questa modifica.</translation>
    </message>
    <message>
        <source>Loses %1</source>
        <translation>Perde %1</translation>
    </message>
    <message>
        <source>May lose %1</source>
        <translation>Potrebbe perdere %1</translation>
    </message>
</context>
<context>
    <name>Keyport::MainWindow</name>
    <message>
        <source>Keyport</source>
        <translation>Keyport</translation>
    </message>
    <message>
        <source>The clipboard was cleared.</source>
        <translation>Gli appunti sono stati svuotati.</translation>
    </message>
    <message>
        <source>&amp;Add Account…</source>
        <translation>&amp;Aggiungi account…</translation>
    </message>
    <message>
        <source>&amp;Import from exo CLI…</source>
        <translation>&amp;Importa dalla CLI exo…</translation>
    </message>
    <message>
        <source>&amp;Remove Account…</source>
        <translation>&amp;Rimuovi account…</translation>
    </message>
    <message>
        <source>&amp;New Key…</source>
        <translation>&amp;Nuova chiave…</translation>
    </message>
    <message>
        <source>Use as &amp;Template…</source>
        <translation>Usa come &amp;modello…</translation>
    </message>
    <message>
        <source>Re&amp;voke…</source>
        <translation>Rev&amp;oca…</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>A&amp;ggiorna</translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation>&amp;Trova…</translation>
    </message>
    <message>
        <source>&amp;Copy Key ID</source>
        <translation>Co&amp;pia ID chiave</translation>
    </message>
    <message>
        <source>Copy Stored &amp;Secret</source>
        <translation>Copia &amp;segreto salvato</translation>
    </message>
    <message>
        <source>&amp;Forget Stored Secret…</source>
        <translation>&amp;Dimentica segreto salvato…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Esci</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <source>&amp;Key</source>
        <translation>&amp;Chiave</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Visualizza</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>Principale</translation>
    </message>
    <message>
        <source>&amp;Edit Account…</source>
        <translation>&amp;Modifica account…</translation>
    </message>
    <message>
        <source>&amp;Test Account</source>
        <translation>&amp;Verifica account</translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>&amp;Scorciatoie da tastiera</translation>
    </message>
    <message>
        <source>&amp;About Keyport</source>
        <translation>&amp;Informazioni su Keyport</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Aiuto</translation>
    </message>
</context>
<context>
    <name>Keyport::MatchReason</name>
    <message>
        <source>name %1</source>
        <translation>nome %1</translation>
    </message>
    <message>
        <source>key ID %1</source>
        <translation>ID chiave %1</translation>
    </message>
    <message>
        <source>tag %1</source>
        <translation>tag %1</translation>
    </message>
    <message>
        <source>operation %1</source>
        <translation>operazione %1</translation>
    </message>
    <message>
        <source>operation %1 (tag %2)</source>
        <translation>operazione %1 (tag %2)</translation>
    </message>
    <message>
        <source>resource %1</source>
        <translation>risorsa %1</translation>
    </message>
    <message>
        <source>unrestricted: may call every operation</source>
        <translation>illimitata: può chiamare qualsiasi operazione</translation>
    </message>
    <message>
        <source>not restricted by resource: may reach %1</source>
        <translation>non limitata per risorsa: può raggiungere %1</translation>
    </message>
    <message>
        <source>Matches &quot;%1&quot;: %2</source>
        <translation>Corrisponde a &quot;%1&quot;: %2</translation>
    </message>
</context>
<context>
    <name>Keyport::NamePage</name>
    <message>
        <source>&amp;Restricted: only the operations, tags and resources chosen next</source>
        <translation>&amp;Limitata: solo le operazioni, i tag e le risorse scelti in seguito</translation>
    </message>
    <message>
        <source>&amp;Unrestricted</source>
        <translation>Illi&amp;mitata</translation>
    </message>
    <message>
        <source>Name and Kind</source>
        <translation>Nome e tipo</translation>
    </message>
    <message>
        <source>Name the key after the program that will use it.</source>
        <translation>Dare alla chiave il nome del programma che la userà.</translation>
    </message>
    <message>
        <source>An unrestricted key gets every right of the key this account signs with, including creating and revoking other keys. Prefer a restricted key for programs.</source>
        <translation>Una chiave illimitata ottiene tutti i diritti della chiave con cui firma questo account, compresa la creazione e la revoca di altre chiavi. Per i programmi è preferibile una chiave limitata.</translation>
    </message>
    <message>
        <source>Na&amp;me:</source>
        <translation>&amp;Nome:</translation>
    </message>
</context>
<context>
    <name>Keyport::OperationsPage</name>
    <message>
        <source>Add &amp;get-operation</source>
        <translation>Aggiungi &amp;get-operation</translation>
    </message>
    <message>
        <source>Operations and Tags</source>
        <translation>Operazioni e tag</translation>
    </message>
    <message>
        <source>Tick a tag to grant all its operations, or single operations.</source>
        <translation>Spuntare un tag per concedere tutte le sue operazioni, oppure scegliere singole operazioni.</translation>
    </message>
    <message>
        <source>Search operations and tags</source>
        <translation>Cerca operazioni e tag</translation>
    </message>
    <message>
        <source>Operations and tags</source>
        <translation>Operazioni e tag</translation>
    </message>
    <message>
        <source>Some chosen operations start jobs that run on after the answer; a program can only follow them with get-operation.</source>
        <translation>Alcune delle operazioni scelte avviano processi che proseguono dopo la risposta; un programma può seguirli solo con get-operation.</translation>
    </message>
    <message>
        <source>The operation catalog could not be loaded. Refresh the account, then try again.</source>
        <translation>Impossibile caricare il catalogo delle operazioni. Aggiornare l&apos;account, quindi riprovare.</translation>
    </message>
    <message>
        <source>The signing key may not list its own operations, so every operation is offered; Exoscale refuses any it may not grant.</source>
        <translation>La chiave di firma non è autorizzata a elencare le proprie operazioni, quindi vengono proposte tutte; Exoscale rifiuterà quelle che non può concedere.</translation>
    </message>
    <message>
        <source>&amp;Remove What This Key Cannot Grant</source>
        <translation>&amp;Rimuovi ciò che questa chiave non può concedere</translation>
    </message>
    <message>
        <source>Remove What This Key Cannot Grant</source>
        <translation>Rimuovi ciò che questa chiave non può concedere</translation>
    </message>
    <message>
        <source>The signing key cannot grant %1, so Exoscale would refuse this key. Untick them one by one, or remove them all, to go on.</source>
        <translation>La chiave di firma non può concedere %1, quindi Exoscale rifiuterebbe questa chiave. Togliere le spunte una alla volta, oppure rimuoverle tutte, per proseguire.</translation>
    </message>
</context>
<context>
    <name>Keyport::OrganizationPolicyDialog</name>
    <message>
        <source>Edit Organization Policy</source>
        <translation>Modifica la policy dell&apos;organizzazione</translation>
    </message>
    <message>
        <source>The organization policy judges every request of every API key and every user before their role does: a request passes only if both allow it.</source>
        <translation>La policy dell&apos;organizzazione giudica ogni richiesta di ogni chiave API e di ogni persona prima del loro ruolo: una richiesta passa solo se entrambe la consentono.</translation>
    </message>
    <message>
        <source>&amp;Body sent to update the organization policy</source>
        <translation>&amp;Corpo inviato per aggiornare la policy dell&apos;organizzazione</translation>
    </message>
    <message>
        <source>Save Policy</source>
        <translation>Salva policy</translation>
    </message>
    <message>
        <source>The body is not a policy.</source>
        <translation>Il corpo non è una policy.</translation>
    </message>
    <message>
        <source>The JSON is not valid: %1</source>
        <translation>Il JSON non è valido: %1</translation>
    </message>
    <message>
        <source>The policy cannot be saved: %1</source>
        <translation>La policy non può essere salvata: %1</translation>
    </message>
    <message>
        <source>Nothing has changed yet.</source>
        <translation>Non è stato ancora modificato nulla.</translation>
    </message>
</context>
<context>
    <name>Keyport::OrganizationPolicyPage</name>
    <message>
        <source>The organization policy judges every request of every API key, before the key&apos;s role policy does; both must allow it.</source>
        <translation>La policy dell&apos;organizzazione valuta ogni richiesta di ogni chiave API prima della policy del ruolo della chiave; entrambe devono consentirla.</translation>
    </message>
    <message>
        <source>The organization policy could not be read: %1</source>
        <translation>Impossibile leggere la policy dell&apos;organizzazione: %1</translation>
    </message>
    <message>
        <source>Loading the organization policy…</source>
        <translation>Caricamento della policy dell&apos;organizzazione…</translation>
    </message>
    <message>
        <source>The organization policy is not known.</source>
        <translation>La policy dell&apos;organizzazione non è nota.</translation>
    </message>
</context>
<context>
    <name>Keyport::PolicyDescriber</name>
    <message>
        <source>%1 and %2</source>
        <comment>list: &apos;a, b and c&apos;</comment>
        <translation>%1 e %2</translation>
    </message>
    <message>
        <source>, </source>
        <comment>list separator</comment>
        <translation>, </translation>
    </message>
    <message>
        <source>%1 or %2</source>
        <comment>list: &apos;a, b or c&apos;</comment>
        <translation>%1 o %2</translation>
    </message>
    <message>
        <source>Every service the policy does not name is allowed.</source>
        <translation>Ogni servizio non nominato dalla policy è consentito.</translation>
    </message>
    <message>
        <source>Every service the policy does not name is denied.</source>
        <translation>Ogni servizio non nominato dalla policy è negato.</translation>
    </message>
    <message>
        <source>A request that no rule matches is denied, whatever the default strategy.</source>
        <translation>Una richiesta a cui non corrisponde alcuna regola viene negata, qualunque sia la strategia predefinita.</translation>
    </message>
    <message>
        <source>column %1: %2</source>
        <translation>colonna %1: %2</translation>
    </message>
    <message>
        <source>never (the expression does not parse, so the rule is skipped)</source>
        <translation>mai (l&apos;espressione non è analizzabile, quindi la regola viene saltata)</translation>
    </message>
    <message>
        <source>Rule %1 is skipped: its expression does not parse (%2).</source>
        <translation>La regola %1 viene saltata: la sua espressione non è analizzabile (%2).</translation>
    </message>
    <message>
        <source>when %1</source>
        <translation>quando %1</translation>
    </message>
    <message>
        <source>always</source>
        <translation>sempre</translation>
    </message>
    <message>
        <source>never</source>
        <translation>mai</translation>
    </message>
    <message>
        <source>every operation</source>
        <translation>ogni operazione</translation>
    </message>
    <message>
        <source>the operations starting with %1</source>
        <translation>le operazioni che iniziano con %1</translation>
    </message>
    <message>
        <source>every operation but %1</source>
        <translation>ogni operazione tranne %1</translation>
    </message>
    <message>
        <source>on bucket %1</source>
        <translation>sul bucket %1</translation>
    </message>
    <message>
        <source>on any bucket but %1</source>
        <translation>su qualsiasi bucket tranne %1</translation>
    </message>
    <message>
        <source>on the buckets whose name starts with %1</source>
        <translation>sui bucket il cui nome inizia con %1</translation>
    </message>
    <message>
        <source>parameter %1</source>
        <translation>parametro %1</translation>
    </message>
    <message>
        <source>resource %1</source>
        <translation>risorsa %1</translation>
    </message>
    <message>
        <source>where %1 is %2</source>
        <translation>dove %1 è %2</translation>
    </message>
    <message>
        <source>where %1 is not %2</source>
        <translation>dove %1 non è %2</translation>
    </message>
    <message>
        <source>where %1 starts with %2</source>
        <translation>dove %1 inizia con %2</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <comment>operations, then where</comment>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <source>Allow %1.</source>
        <translation>Consenti %1.</translation>
    </message>
    <message>
        <source>Deny %1.</source>
        <translation>Nega %1.</translation>
    </message>
    <message numerus="yes">
        <source>%1 belongs to another service class: this rule never sees it.</source>
        <translation>
            <numerusform>%1 appartiene a un&apos;altra classe di servizio: questa regola non la vede mai.</numerusform>
            <numerusform>%1 appartengono a un&apos;altra classe di servizio: questa regola non le vede mai.</numerusform>
        </translation>
    </message>
    <message>
        <source>Every %1 operation is allowed.</source>
        <translation>Tutte le operazioni %1 sono consentite.</translation>
    </message>
    <message>
        <source>Every %1 operation is denied.</source>
        <translation>Tutte le operazioni %1 sono negate.</translation>
    </message>
    <message>
        <source>%1. %2</source>
        <translation>%1. %2</translation>
    </message>
    <message>
        <source>No rule: every %1 operation is denied.</source>
        <translation>Nessuna regola: tutte le operazioni %1 sono negate.</translation>
    </message>
    <message>
        <source>every %1 operation</source>
        <translation>tutte le operazioni %1</translation>
    </message>
    <message>
        <source>%1: denied</source>
        <translation>%1: negato</translation>
    </message>
    <message>
        <source>%1: depends on rules</source>
        <translation>%1: dipende dalle regole</translation>
    </message>
    <message>
        <source>%1: everything but %2</source>
        <translation>%1: tutto tranne %2</translation>
    </message>
    <message>
        <source>; </source>
        <comment>between rules</comment>
        <translation>; </translation>
    </message>
    <message>
        <source>%1: only %2</source>
        <translation>%1: solo %2</translation>
    </message>
    <message>
        <source>; or </source>
        <comment>between rules</comment>
        <translation>; oppure </translation>
    </message>
    <message numerus="yes">
        <source>%1 (rule %2 is skipped: it does not parse)</source>
        <translation>
            <numerusform>%1 (la regola %2 viene saltata: non è analizzabile)</numerusform>
            <numerusform>%1 (le regole %2 vengono saltate: non sono analizzabili)</numerusform>
        </translation>
    </message>
    <message>
        <source>May use every operation of every service.</source>
        <translation>Può usare ogni operazione di ogni servizio.</translation>
    </message>
    <message>
        <source>May use nothing: every service is denied.</source>
        <translation>Non può usare nulla: ogni servizio è negato.</translation>
    </message>
    <message numerus="yes">
        <source>no %1 operation</source>
        <translation>
            <numerusform>nessuna operazione %1</numerusform>
            <numerusform>nessuna operazione %1</numerusform>
        </translation>
    </message>
    <message>
        <source>may use every %1 operation</source>
        <translation>può usare tutte le operazioni %1</translation>
    </message>
    <message>
        <source>everything else is allowed</source>
        <translation>tutto il resto è consentito</translation>
    </message>
    <message>
        <source>everything else is denied</source>
        <translation>tutto il resto è negato</translation>
    </message>
    <message>
        <source>; </source>
        <comment>between the parts of a policy</comment>
        <translation>; </translation>
    </message>
    <message>
        <source>%1.</source>
        <comment>a sentence from its parts</comment>
        <translation>%1.</translation>
    </message>
</context>
<context>
    <name>Keyport::PolicyExplanation</name>
    <message>
        <source>Allowed by the role policy: rule %1 of %2 matched.</source>
        <translation>Consentita dalla policy del ruolo: corrisponde la regola %1 di %2.</translation>
    </message>
    <message>
        <source>Allowed by the role policy: it allows service %1.</source>
        <translation>Consentita dalla policy del ruolo: consente il servizio %1.</translation>
    </message>
    <message>
        <source>Allowed by the role policy: the operation&apos;s service class is unknown and the default strategy allows.</source>
        <translation>Consentita dalla policy del ruolo: la classe di servizio dell&apos;operazione è sconosciuta e la strategia predefinita consente.</translation>
    </message>
    <message>
        <source>Allowed by the role policy: it does not name service %1 and its default strategy allows.</source>
        <translation>Consentita dalla policy del ruolo: non nomina il servizio %1 e la sua strategia predefinita consente.</translation>
    </message>
    <message>
        <source>Denied by the organization policy: rule %1 of %2 matched.</source>
        <translation>Negata dalla policy dell&apos;organizzazione: corrisponde la regola %1 di %2.</translation>
    </message>
    <message>
        <source>Denied by the role policy: rule %1 of %2 matched.</source>
        <translation>Negata dalla policy del ruolo: corrisponde la regola %1 di %2.</translation>
    </message>
    <message>
        <source>Denied by the organization policy: it denies service %1.</source>
        <translation>Negata dalla policy dell&apos;organizzazione: nega il servizio %1.</translation>
    </message>
    <message>
        <source>Denied by the role policy: it denies service %1.</source>
        <translation>Negata dalla policy del ruolo: nega il servizio %1.</translation>
    </message>
    <message>
        <source>Denied by the organization policy: the operation&apos;s service class is unknown and the default strategy denies.</source>
        <translation>Negata dalla policy dell&apos;organizzazione: la classe di servizio dell&apos;operazione è sconosciuta e la strategia predefinita nega.</translation>
    </message>
    <message>
        <source>Denied by the role policy: the operation&apos;s service class is unknown and the default strategy denies.</source>
        <translation>Negata dalla policy del ruolo: la classe di servizio dell&apos;operazione è sconosciuta e la strategia predefinita nega.</translation>
    </message>
    <message>
        <source>Denied by the organization policy: it does not name service %1 and its default strategy denies.</source>
        <translation>Negata dalla policy dell&apos;organizzazione: non nomina il servizio %1 e la sua strategia predefinita nega.</translation>
    </message>
    <message>
        <source>Denied by the role policy: it does not name service %1 and its default strategy denies.</source>
        <translation>Negata dalla policy del ruolo: non nomina il servizio %1 e la sua strategia predefinita nega.</translation>
    </message>
    <message>
        <source>Denied by the organization policy: no rule matched in service %1.</source>
        <translation>Negata dalla policy dell&apos;organizzazione: nessuna regola corrisponde nel servizio %1.</translation>
    </message>
    <message>
        <source>Denied by the role policy: no rule matched in service %1.</source>
        <translation>Negata dalla policy del ruolo: nessuna regola corrisponde nel servizio %1.</translation>
    </message>
    <message>
        <source>Rule %1 of %2 in the organization policy was skipped: %3</source>
        <translation>La regola %1 di %2 nella policy dell&apos;organizzazione è stata saltata: %3</translation>
    </message>
    <message>
        <source>Rule %1 of %2 in the role policy was skipped: %3</source>
        <translation>La regola %1 di %2 nella policy del ruolo è stata saltata: %3</translation>
    </message>
    <message>
        <source>Depends on the request: rule %1 of %2 in the organization policy reads %3.</source>
        <translation>Dipende dalla richiesta: la regola %1 di %2 nella policy dell&apos;organizzazione legge %3.</translation>
    </message>
    <message>
        <source>Depends on the request: rule %1 of %2 in the role policy reads %3.</source>
        <translation>Dipende dalla richiesta: la regola %1 di %2 nella policy del ruolo legge %3.</translation>
    </message>
    <message>
        <source>Allowed by the role policy whatever the request: rule %1 of %2 reads it, but every outcome allows.</source>
        <translation>Consentita dalla policy del ruolo qualunque sia la richiesta: la regola %1 di %2 la legge, ma ogni esito consente.</translation>
    </message>
    <message>
        <source>Denied by the organization policy whatever the request: rule %1 of %2 reads it, but every outcome denies.</source>
        <translation>Negata dalla policy dell&apos;organizzazione qualunque sia la richiesta: la regola %1 di %2 la legge, ma ogni esito nega.</translation>
    </message>
    <message>
        <source>Denied by the role policy whatever the request: rule %1 of %2 reads it, but every outcome denies.</source>
        <translation>Negata dalla policy del ruolo qualunque sia la richiesta: la regola %1 di %2 la legge, ma ogni esito nega.</translation>
    </message>
</context>
<context>
    <name>Keyport::PolicyForm</name>
    <message>
        <source>Services the policy does not list:</source>
        <translation>Servizi non elencati dalla policy:</translation>
    </message>
    <message>
        <source>&amp;Allow every service not listed</source>
        <translation>Consenti &amp;tutti i servizi non elencati</translation>
    </message>
    <message>
        <source>Den&amp;y every service not listed</source>
        <translation>Ne&amp;ga tutti i servizi non elencati</translation>
    </message>
    <message>
        <source>Each service class: the default strategy, allowed, denied, or decided by rules tried in order (the first that matches decides; when none matches, the request is denied).</source>
        <translation>Per ogni classe di servizio: la strategia predefinita, consentita, negata, oppure decisa da regole provate in ordine (decide la prima che corrisponde; se nessuna corrisponde, la richiesta viene negata).</translation>
    </message>
    <message>
        <source>Rule %1 of %2 does not parse (column %3: %4): Exoscale would skip it at every request.</source>
        <translation>La regola %1 di %2 non è analizzabile (colonna %3: %4): Exoscale la salterebbe a ogni richiesta.</translation>
    </message>
    <message>
        <source>Default</source>
        <translation>Predefinita</translation>
    </message>
    <message>
        <source>Allow</source>
        <translation>Consenti</translation>
    </message>
    <message>
        <source>Deny</source>
        <translation>Nega</translation>
    </message>
    <message>
        <source>Rules</source>
        <translation>Regole</translation>
    </message>
    <message>
        <source>Keyport does not know this service class.</source>
        <translation>Keyport non conosce questa classe di servizio.</translation>
    </message>
    <message>
        <source>No rules yet: every request to %1 is denied.</source>
        <translation>Ancora nessuna regola: ogni richiesta a %1 viene negata.</translation>
    </message>
    <message>
        <source>Rule %1</source>
        <translation>Regola %1</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Azione</translation>
    </message>
    <message>
        <source>Expression</source>
        <translation>Espressione</translation>
    </message>
    <message>
        <source>This rule also lists resources: they have no effect at Exoscale, and are kept unchanged.</source>
        <translation>Questa regola elenca anche delle risorse: non hanno alcun effetto su Exoscale e vengono mantenute invariate.</translation>
    </message>
    <message>
        <source>Move Up</source>
        <translation>Sposta su</translation>
    </message>
    <message>
        <source>Move Down</source>
        <translation>Sposta giù</translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation>Duplica</translation>
    </message>
    <message>
        <source>Remove Rule</source>
        <translation>Rimuovi regola</translation>
    </message>
    <message>
        <source>Add Rule to %1</source>
        <translation>Aggiungi regola a %1</translation>
    </message>
</context>
<context>
    <name>Keyport::PolicyJudge</name>
    <message>
        <source>column %1: %2</source>
        <translation>colonna %1: %2</translation>
    </message>
    <message>
        <source>the expression is a %1, not a bool</source>
        <translation>l&apos;espressione è un %1, non un bool</translation>
    </message>
</context>
<context>
    <name>Keyport::PolicyLinter</name>
    <message>
        <source>column %1: %2</source>
        <translation>colonna %1: %2</translation>
    </message>
    <message>
        <source>unknown service class &apos;%1&apos; (known: %2): this entry never applies</source>
        <translation>classe di servizio sconosciuta &apos;%1&apos; (note: %2): questa voce non si applica mai</translation>
    </message>
    <message>
        <source>no rules: every request to %1 is denied, whatever the default strategy</source>
        <translation>nessuna regola: ogni richiesta a %1 viene negata, qualunque sia la strategia predefinita</translation>
    </message>
    <message>
        <source> (the rule is always skipped)</source>
        <translation> (la regola viene sempre saltata)</translation>
    </message>
    <message>
        <source>always fails (%1): the rule is always skipped</source>
        <translation>fallisce sempre (%1): la regola viene sempre saltata</translation>
    </message>
    <message>
        <source>is always a %1, never true or false: the rule is always skipped</source>
        <translation>è sempre un %1, mai true o false: la regola viene sempre saltata</translation>
    </message>
    <message>
        <source>is always false: the rule never matches</source>
        <translation>è sempre false: la regola non corrisponde mai</translation>
    </message>
    <message>
        <source>is always true: the rules after it are never tried</source>
        <translation>è sempre true: le regole successive non vengono mai provate</translation>
    </message>
    <message>
        <source>unknown operation &apos;%1&apos;</source>
        <translation>operazione sconosciuta &apos;%1&apos;</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is an operation of %2: in the rules of %3, operation is never &apos;%1&apos;</source>
        <translation>&apos;%1&apos; è un&apos;operazione di %2: nelle regole di %3, operation non è mai &apos;%1&apos;</translation>
    </message>
    <message>
        <source>in the rules of %1, service is always &apos;%1&apos;, never &apos;%2&apos;</source>
        <translation>nelle regole di %1, service è sempre &apos;%1&apos;, mai &apos;%2&apos;</translation>
    </message>
    <message>
        <source>no rule can ever match: every request to %1 is denied</source>
        <translation>nessuna regola può mai corrispondere: ogni richiesta a %1 viene negata</translation>
    </message>
</context>
<context>
    <name>Keyport::PolicyMatrixModel</name>
    <message>
        <source>✔ Allowed</source>
        <translation>✔ Consentita</translation>
    </message>
    <message>
        <source>✘ Denied</source>
        <translation>✘ Negata</translation>
    </message>
    <message>
        <source>? Depends on parameters</source>
        <translation>? Dipende dai parametri</translation>
    </message>
    <message>
        <source>Allowed</source>
        <translation>Consentita</translation>
    </message>
    <message>
        <source>Denied</source>
        <translation>Negata</translation>
    </message>
    <message>
        <source>Depends on parameters</source>
        <translation>Dipende dai parametri</translation>
    </message>
    <message>
        <source>Operation</source>
        <translation>Operazione</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>Verdetto</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Perché</translation>
    </message>
</context>
<context>
    <name>Keyport::PolicyView</name>
    <message>
        <source>No policy.</source>
        <translation>Nessuna policy.</translation>
    </message>
    <message>
        <source>Which operation belongs to which service class is Keyport&apos;s reconstruction: Exoscale does not publish it.</source>
        <translation>L&apos;appartenenza di ciascuna operazione a una classe di servizio è una ricostruzione di Keyport: Exoscale non la pubblica.</translation>
    </message>
    <message>
        <source>allowed: %1</source>
        <translation>consentito: %1</translation>
    </message>
    <message>
        <source>denied: %1</source>
        <translation>negato: %1</translation>
    </message>
    <message>
        <source>rules, in order; the first that matches decides.</source>
        <translation>regole, in ordine; decide la prima che corrisponde.</translation>
    </message>
    <message>
        <source>Allow</source>
        <translation>Consenti</translation>
    </message>
    <message>
        <source>Deny</source>
        <translation>Nega</translation>
    </message>
    <message>
        <source>Rule %1: %2</source>
        <translation>Regola %1: %2</translation>
    </message>
    <message>
        <source>No rule: every %1 operation is denied.</source>
        <translation>Nessuna regola: tutte le operazioni %1 sono negate.</translation>
    </message>
</context>
<context>
    <name>Keyport::ProblemShowingPage</name>
    <message>
        <source>Based on %1 (%2)</source>
        <translation>Basata su %1 (%2)</translation>
    </message>
</context>
<context>
    <name>Keyport::QuitGuard</name>
    <message>
        <source>Saving secrets before quitting…</source>
        <translation>Salvataggio dei segreti prima dell&apos;uscita…</translation>
    </message>
    <message>
        <source>Quit Without Storing the Secret?</source>
        <translation>Uscire senza salvare il segreto?</translation>
    </message>
    <message>
        <source>The secret of the new key %1 is not saved anywhere that outlives Keyport. Once Keyport has quit, nobody can see it again, and the key will need to be revoked and created anew.</source>
        <translation>Il segreto della nuova chiave %1 non è salvato in alcun luogo che sopravviva alla chiusura di Keyport. Una volta chiuso Keyport, nessuno potrà più vederlo e la chiave dovrà essere revocata e creata di nuovo.</translation>
    </message>
    <message>
        <source>Quit and Lose the Secret</source>
        <translation>Esci e perdi il segreto</translation>
    </message>
</context>
<context>
    <name>Keyport::ReloadCatalogCommand</name>
    <message numerus="yes">
        <source>The catalog was reloaded: %n operation(s).</source>
        <translation>
            <numerusform>Il catalogo è stato ricaricato: %n operazione.</numerusform>
            <numerusform>Il catalogo è stato ricaricato: %n operazioni.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Keyport::RemoveAccountCommand</name>
    <message>
        <source>Remove Account</source>
        <translation>Rimuovi account</translation>
    </message>
    <message numerus="yes">
        <source>Remove the account %1 from Keyport?

Keyport deletes the %n secret(s) it keeps for this account. The keys themselves stay valid at Exoscale.</source>
        <translation>
            <numerusform>Rimuovere l&apos;account %1 da Keyport?

Keyport eliminerà %n segreto conservato per questo account. Le chiavi stesse restano valide su Exoscale.</numerusform>
            <numerusform>Rimuovere l&apos;account %1 da Keyport?

Keyport eliminerà i %n segreti conservati per questo account. Le chiavi stesse restano valide su Exoscale.</numerusform>
        </translation>
    </message>
    <message>
        <source>The account %1 was removed, but not all of its secrets: %2</source>
        <translation>L&apos;account %1 è stato rimosso, ma non tutti i suoi segreti: %2</translation>
    </message>
    <message>
        <source>The account %1 was not removed: %2</source>
        <translation>L&apos;account %1 non è stato rimosso: %2</translation>
    </message>
    <message>
        <source>Removed the account %1.</source>
        <translation>Account %1 rimosso.</translation>
    </message>
</context>
<context>
    <name>Keyport::ResetOrganizationPolicyCommand</name>
    <message>
        <source>Reset Policy</source>
        <translation>Reimposta policy</translation>
    </message>
    <message>
        <source>The account was closed before the organization policy was reset.</source>
        <translation>L&apos;account è stato chiuso prima che la policy dell&apos;organizzazione fosse reimpostata.</translation>
    </message>
    <message>
        <source>The organization policy was not reset: %1</source>
        <translation>La policy dell&apos;organizzazione non è stata reimpostata: %1</translation>
    </message>
    <message>
        <source>The organization policy was reset: it allows everything.</source>
        <translation>La policy dell&apos;organizzazione è stata reimpostata: consente tutto.</translation>
    </message>
</context>
<context>
    <name>Keyport::ResourcesPage</name>
    <message>
        <source>&amp;Add Resource</source>
        <translation>A&amp;ggiungi risorsa</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Rimuovi</translation>
    </message>
    <message>
        <source>Resources</source>
        <translation>Risorse</translation>
    </message>
    <message>
        <source>Optionally, limit the key to some buckets or products. Without any, the operations apply to every resource.</source>
        <translation>Facoltativamente, limitare la chiave ad alcuni bucket o prodotti. Senza alcuna risorsa, le operazioni si applicano a tutte le risorse.</translation>
    </message>
    <message>
        <source>Object storage bucket (sos/bucket)</source>
        <translation>Bucket di object storage (sos/bucket)</translation>
    </message>
    <message>
        <source>Partner product (partner/product)</source>
        <translation>Prodotto partner (partner/product)</translation>
    </message>
    <message>
        <source>Kind of resource</source>
        <translation>Tipo di risorsa</translation>
    </message>
    <message>
        <source>my-bucket</source>
        <translation>my-bucket</translation>
    </message>
    <message>
        <source>Resource name</source>
        <translation>Nome della risorsa</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Tipo:</translation>
    </message>
    <message>
        <source>Na&amp;me:</source>
        <translation>&amp;Nome:</translation>
    </message>
    <message>
        <source>%1 is already in the list.</source>
        <translation>%1 è già nell&apos;elenco.</translation>
    </message>
    <message>
        <source>None of the chosen operations works on object storage, so the bucket restrictions will have no effect.</source>
        <translation>Nessuna delle operazioni scelte agisce sull&apos;object storage, quindi le restrizioni sui bucket non avranno alcun effetto.</translation>
    </message>
</context>
<context>
    <name>Keyport::ReviewPage</name>
    <message>
        <source>Review</source>
        <translation>Revisione</translation>
    </message>
    <message>
        <source>Check the key, then create it. Its secret is shown once, on the next page.</source>
        <translation>Controllare la chiave, quindi crearla. Il suo segreto verrà mostrato una sola volta, nella pagina successiva.</translation>
    </message>
    <message>
        <source>&amp;Create Key</source>
        <translation>&amp;Crea chiave</translation>
    </message>
    <message>
        <source>Request body</source>
        <translation>Corpo della richiesta</translation>
    </message>
    <message>
        <source>Equivalent exo command</source>
        <translation>Comando exo equivalente</translation>
    </message>
    <message>
        <source>Request b&amp;ody:</source>
        <translation>C&amp;orpo della richiesta:</translation>
    </message>
    <message>
        <source>The same with the e&amp;xo CLI:</source>
        <translation>Lo stesso con la CLI e&amp;xo:</translation>
    </message>
    <message>
        <source>Name: %1</source>
        <translation>Nome: %1</translation>
    </message>
    <message>
        <source>Unrestricted: every right of the signing key.</source>
        <translation>Illimitata: tutti i diritti della chiave di firma.</translation>
    </message>
    <message>
        <source>Tags: none</source>
        <translation>Tag: nessuno</translation>
    </message>
    <message>
        <source>Tags: %1</source>
        <translation>Tag: %1</translation>
    </message>
    <message>
        <source>Operations picked alone: none</source>
        <translation>Operazioni scelte singolarmente: nessuna</translation>
    </message>
    <message>
        <source>Operations picked alone: %1</source>
        <translation>Operazioni scelte singolarmente: %1</translation>
    </message>
    <message numerus="yes">
        <source>In effect: %n operation(s)</source>
        <translation>
            <numerusform>In totale: %n operazione effettiva</numerusform>
            <numerusform>In totale: %n operazioni effettive</numerusform>
        </translation>
    </message>
    <message>
        <source>Resources: any</source>
        <translation>Risorse: qualsiasi</translation>
    </message>
    <message>
        <source>Resources: %1</source>
        <translation>Risorse: %1</translation>
    </message>
    <message>
        <source>Same restrictions as %1.</source>
        <translation>Stesse restrizioni di %1.</translation>
    </message>
    <message>
        <source>Compared with %1:
%2</source>
        <translation>Rispetto a %1:
%2</translation>
    </message>
</context>
<context>
    <name>Keyport::RevokeDialog</name>
    <message>
        <source>Revoke Key</source>
        <translation>Revoca chiave</translation>
    </message>
    <message numerus="yes">
        <source>Revoke %n Keys</source>
        <translation>
            <numerusform>Revoca %n chiave</numerusform>
            <numerusform>Revoca %n chiavi</numerusform>
        </translation>
    </message>
    <message>
        <source>Revoke the access key %1?</source>
        <translation>Revocare la chiave di accesso %1?</translation>
    </message>
    <message>
        <source>Revoke the access key %1 (%2)?</source>
        <translation>Revocare la chiave di accesso %1 (%2)?</translation>
    </message>
    <message numerus="yes">
        <source>Revoke these %n access keys?</source>
        <translation>
            <numerusform>Revocare %n chiave di accesso?</numerusform>
            <numerusform>Revocare queste %n chiavi di accesso?</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Key to revoke</source>
        <translation>&amp;Chiave da revocare</translation>
    </message>
    <message>
        <source>&amp;Keys to revoke</source>
        <translation>&amp;Chiavi da revocare</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nome</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Chiave</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Stato</translation>
    </message>
    <message>
        <source>The key this account signs with</source>
        <translation>La chiave con cui firma questo account</translation>
    </message>
    <message>
        <source>Revocation is immediate and cannot be undone. Programs that use this key stop working at once. Keys that were created with this key stay valid.</source>
        <translation>La revoca è immediata e non può essere annullata. I programmi che usano questa chiave smettono subito di funzionare. Le chiavi create con questa chiave restano valide.</translation>
    </message>
    <message numerus="yes">
        <source>Revocation is immediate and cannot be undone. Programs that use these %n keys stop working at once. Keys that were created with them stay valid.</source>
        <translation>
            <numerusform>La revoca è immediata e non può essere annullata. I programmi che usano questa %n chiave smettono subito di funzionare. Le chiavi create con essa restano valide.</numerusform>
            <numerusform>La revoca è immediata e non può essere annullata. I programmi che usano queste %n chiavi smettono subito di funzionare. Le chiavi create con esse restano valide.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 is the key this account signs with. Once it is revoked, Keyport can no longer use this account: to go on, add the account again with another key.</source>
        <translation>%1 è la chiave con cui firma questo account. Una volta revocata, Keyport non potrà più usare questo account: per continuare, aggiungere di nuovo l&apos;account con un&apos;altra chiave.</translation>
    </message>
    <message>
        <source>%1 is the key this account signs with. It is revoked last, after the other keys. Once it is revoked, Keyport can no longer use this account: to go on, add the account again with another key.</source>
        <translation>%1 è la chiave con cui firma questo account. Verrà revocata per ultima, dopo le altre chiavi. Una volta revocata, Keyport non potrà più usare questo account: per continuare, aggiungere di nuovo l&apos;account con un&apos;altra chiave.</translation>
    </message>
    <message>
        <source>To confirm, type the &amp;ID of this key: %1</source>
        <translation>Per confermare, digitare l&apos;&amp;ID di questa chiave: %1</translation>
    </message>
    <message>
        <source>To confirm, type the &amp;name of this key: %1</source>
        <translation>Per confermare, digitare il &amp;nome di questa chiave: %1</translation>
    </message>
    <message>
        <source>Also &amp;delete the secret Keyport stored for this key</source>
        <translation>&amp;Elimina anche il segreto salvato da Keyport per questa chiave</translation>
    </message>
    <message>
        <source>Also &amp;delete the secrets Keyport stored for these keys</source>
        <translation>&amp;Elimina anche i segreti salvati da Keyport per queste chiavi</translation>
    </message>
    <message>
        <source>Revoking… Exoscale finishes each revocation in the background; this can take a moment.</source>
        <translation>Revoca in corso… Exoscale completa ogni revoca in background; potrebbe volerci qualche istante.</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>In attesa</translation>
    </message>
    <message>
        <source>Revoking…</source>
        <translation>Revoca in corso…</translation>
    </message>
    <message>
        <source>Revoked. %1</source>
        <translation>Revocata. %1</translation>
    </message>
    <message>
        <source>Revoked</source>
        <translation>Revocata</translation>
    </message>
    <message>
        <source>Already gone. %1</source>
        <translation>Già rimossa. %1</translation>
    </message>
    <message>
        <source>Already gone</source>
        <translation>Già rimossa</translation>
    </message>
    <message>
        <source>The revocation was stopped before it finished. Refresh the key list to see which keys are gone.</source>
        <translation>La revoca è stata interrotta prima del termine. Aggiornare l&apos;elenco delle chiavi per vedere quali sono state rimosse.</translation>
    </message>
    <message>
        <source>Every key was revoked, but not every stored secret could be deleted.</source>
        <translation>Tutte le chiavi sono state revocate, ma non è stato possibile eliminare tutti i segreti salvati.</translation>
    </message>
    <message>
        <source>%1 (%2): %3</source>
        <translation>%1 (%2): %3</translation>
    </message>
    <message>
        <source>Retry &amp;Failed Keys</source>
        <translation>Ri&amp;prova le chiavi non revocate</translation>
    </message>
    <message>
        <source>Stopping…</source>
        <translation>Interruzione in corso…</translation>
    </message>
    <message>
        <source>Unknown: checking the key list…</source>
        <translation>Stato sconosciuto: verifica dell&apos;elenco delle chiavi in corso…</translation>
    </message>
    <message>
        <source>Not revoked: %1</source>
        <translation>Non revocata: %1</translation>
    </message>
    <message>
        <source>Unknown: %1</source>
        <translation>Stato sconosciuto: %1</translation>
    </message>
    <message>
        <source>You stopped the revocation.</source>
        <translation>La revoca è stata interrotta dall&apos;utente.</translation>
    </message>
    <message numerus="yes">
        <source>%n key(s) revoked.</source>
        <translation>
            <numerusform>%n chiave revocata.</numerusform>
            <numerusform>%n chiavi revocate.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n key(s) not revoked; they stay in the key list.</source>
        <translation>
            <numerusform>%n chiave non revocata; resta nell&apos;elenco delle chiavi.</numerusform>
            <numerusform>%n chiavi non revocate; restano nell&apos;elenco delle chiavi.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n key(s) in an unknown state: Keyport could not find out whether Exoscale revoked them. They stay in the key list; refresh it later.</source>
        <translation>
            <numerusform>%n chiave in uno stato sconosciuto: Keyport non è riuscito a stabilire se Exoscale l&apos;abbia revocata. Resta nell&apos;elenco delle chiavi; aggiornare l&apos;elenco più tardi.</numerusform>
            <numerusform>%n chiavi in uno stato sconosciuto: Keyport non è riuscito a stabilire se Exoscale le abbia revocate. Restano nell&apos;elenco delle chiavi; aggiornare l&apos;elenco più tardi.</numerusform>
        </translation>
    </message>
    <message>
        <source>Account %1 · %2</source>
        <translation>Account %1 · %2</translation>
    </message>
    <message>
        <source>Account %1</source>
        <translation>Account %1</translation>
    </message>
    <message numerus="yes">
        <source>Revoking: %1 of %n key(s) done. Checking whether Exoscale revoked the others…</source>
        <translation>
            <numerusform>Revoca in corso: %1 di %n chiave completata. Verifica in corso della revoca delle altre da parte di Exoscale…</numerusform>
            <numerusform>Revoca in corso: %1 di %n chiavi completate. Verifica in corso della revoca delle altre da parte di Exoscale…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Revoking: %1 of %n key(s) done. Exoscale finishes each revocation in the background; this can take a moment.</source>
        <translation>
            <numerusform>Revoca in corso: %1 di %n chiave completata. Exoscale completa ogni revoca in background; potrebbe volerci qualche istante.</numerusform>
            <numerusform>Revoca in corso: %1 di %n chiavi completate. Exoscale completa ogni revoca in background; potrebbe volerci qualche istante.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Keyport::RevokeKeysFlow</name>
    <message>
        <source>Keyport cannot sign requests for this account yet, so the key was not revoked. Try again once the key list has loaded.</source>
        <translation>Keyport non può ancora firmare le richieste per questo account, quindi la chiave non è stata revocata. Riprovare dopo il caricamento dell&apos;elenco delle chiavi.</translation>
    </message>
    <message>
        <source>The secret Keyport stored for this key was not deleted: %1</source>
        <translation>Il segreto salvato da Keyport per questa chiave non è stato eliminato: %1</translation>
    </message>
    <message>
        <source>Keyport closed the secret store before it answered.</source>
        <translation>Keyport ha chiuso l&apos;archivio dei segreti prima che rispondesse.</translation>
    </message>
    <message>
        <source>Keyport stopped waiting before Exoscale confirmed the revocation.</source>
        <translation>Keyport ha smesso di attendere prima che Exoscale confermasse la revoca.</translation>
    </message>
    <message>
        <source>%1 Keyport stopped before it could check whether the key is gone. Refresh the key list to see.</source>
        <translation>%1 Keyport si è interrotto prima di poter verificare se la chiave è stata rimossa. Aggiornare l&apos;elenco delle chiavi per verificarlo.</translation>
    </message>
    <message>
        <source>The revocation was stopped before this key&apos;s turn; nothing was sent.</source>
        <translation>La revoca è stata interrotta prima che arrivasse il turno di questa chiave; non è stato inviato nulla.</translation>
    </message>
    <message>
        <source>You stopped the revocation before Exoscale confirmed it.</source>
        <translation>La revoca è stata interrotta dall&apos;utente prima che Exoscale la confermasse.</translation>
    </message>
    <message>
        <source>Exoscale accepted the revocation, but Keyport could not follow it to the end: %1</source>
        <translation>Exoscale ha accettato la revoca, ma Keyport non è riuscito a seguirla fino alla fine: %1</translation>
    </message>
    <message>
        <source>%1 Keyport can no longer read the key list of this account to check whether the key is gone.</source>
        <translation>%1 Keyport non può più leggere l&apos;elenco delle chiavi di questo account per verificare se la chiave è stata rimossa.</translation>
    </message>
    <message>
        <source>%1 Keyport could not read the key list to check whether the key is gone either: %2</source>
        <translation>%1 Keyport non è riuscito nemmeno a leggere l&apos;elenco delle chiavi per verificare se la chiave è stata rimossa: %2</translation>
    </message>
    <message>
        <source>%1 Exoscale accepted the revocation but has not finished it: the key is still in the key list. Refresh the list later to see whether it is gone.</source>
        <translation>%1 Exoscale ha accettato la revoca ma non l&apos;ha completata: la chiave è ancora nell&apos;elenco delle chiavi. Aggiornare l&apos;elenco più tardi per vedere se è stata rimossa.</translation>
    </message>
    <message>
        <source>%1 The key is still in the key list: Exoscale did not revoke it.</source>
        <translation>%1 La chiave è ancora nell&apos;elenco delle chiavi: Exoscale non l&apos;ha revocata.</translation>
    </message>
</context>
<context>
    <name>Keyport::RoleEditorCommand</name>
    <message>
        <source>This role as edited</source>
        <translation>Questo ruolo con le modifiche in corso</translation>
    </message>
    <message>
        <source>Test Bench</source>
        <translation>Banco di prova</translation>
    </message>
    <message>
        <source>Save Policy</source>
        <translation>Salva policy</translation>
    </message>
    <message>
        <source>The role %1 was saved.</source>
        <translation>Il ruolo %1 è stato salvato.</translation>
    </message>
    <message>
        <source>The role %1 was created.</source>
        <translation>Il ruolo %1 è stato creato.</translation>
    </message>
</context>
<context>
    <name>Keyport::RoleEditorDialog</name>
    <message>
        <source>New Role</source>
        <translation>Nuovo ruolo</translation>
    </message>
    <message>
        <source>Edit Role %1</source>
        <translation>Modifica ruolo %1</translation>
    </message>
    <message>
        <source>New Role from %1</source>
        <translation>Nuovo ruolo da %1</translation>
    </message>
    <message>
        <source>Save Role</source>
        <translation>Salva ruolo</translation>
    </message>
    <message>
        <source>Create Role</source>
        <translation>Crea ruolo</translation>
    </message>
    <message>
        <source>A role keeps its name: to rename it, create a new role.</source>
        <translation>Un ruolo mantiene il proprio nome: per rinominarlo, creare un nuovo ruolo.</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Nome</translation>
    </message>
    <message>
        <source>&amp;Description</source>
        <translation>&amp;Descrizione</translation>
    </message>
    <message>
        <source>&amp;Editable</source>
        <translation>Modific&amp;abile</translation>
    </message>
    <message>
        <source>Whether a role is editable is chosen once, when it is created.</source>
        <translation>Se un ruolo è modificabile si sceglie una sola volta, alla sua creazione.</translation>
    </message>
    <message>
        <source>A role that is not editable can never be changed or deleted, not even by the person who created it. This cannot be undone.</source>
        <translation>Un ruolo non modificabile non può mai essere modificato né eliminato, nemmeno dalla persona che lo ha creato. Questa scelta non può essere annullata.</translation>
    </message>
    <message>
        <source>Permissions</source>
        <translation>Permessi</translation>
    </message>
    <message>
        <source>&amp;Bypass governance retention</source>
        <translation>&amp;Ignora la conservazione in modalità governance</translation>
    </message>
    <message>
        <source>&amp;Reset the organization policy</source>
        <translation>&amp;Reimposta la policy dell&apos;organizzazione</translation>
    </message>
    <message>
        <source>Labels</source>
        <translation>Etichette</translation>
    </message>
    <message>
        <source>Add &amp;Label</source>
        <translation>Aggiungi &amp;etichetta</translation>
    </message>
    <message>
        <source>Policy</source>
        <translation>Policy</translation>
    </message>
    <message>
        <source>&amp;Body sent: the role update and the policy update</source>
        <translation>C&amp;orpo inviato: l&apos;aggiornamento del ruolo e l&apos;aggiornamento della policy</translation>
    </message>
    <message>
        <source>&amp;Body sent to create the role</source>
        <translation>C&amp;orpo inviato per creare il ruolo</translation>
    </message>
    <message>
        <source>No labels.</source>
        <translation>Nessuna etichetta.</translation>
    </message>
    <message>
        <source>Remove Label</source>
        <translation>Rimuovi etichetta</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Chiave</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valore</translation>
    </message>
    <message>
        <source>never changes after the role is created: it is not part of an update</source>
        <translation>non cambia mai dopo la creazione del ruolo: non fa parte di un aggiornamento</translation>
    </message>
    <message>
        <source>is not sent: the body has only role and policy</source>
        <translation>non viene inviato: il corpo contiene solo role e policy</translation>
    </message>
    <message>
        <source>must be an object</source>
        <translation>deve essere un oggetto</translation>
    </message>
    <message>
        <source>is not part of a role update: it would not be sent</source>
        <translation>non fa parte di un aggiornamento del ruolo: non verrebbe inviato</translation>
    </message>
    <message>
        <source>The body is not a role.</source>
        <translation>Il corpo non è un ruolo.</translation>
    </message>
    <message>
        <source>This role is not editable: it can never be changed.</source>
        <translation>Questo ruolo non è modificabile: non può mai essere modificato.</translation>
    </message>
    <message>
        <source>The JSON is not valid: %1</source>
        <translation>Il JSON non è valido: %1</translation>
    </message>
    <message>
        <source>The label with the value %1 has no key.</source>
        <translation>L&apos;etichetta con il valore %1 non ha una chiave.</translation>
    </message>
    <message>
        <source>The label %1 is given twice.</source>
        <translation>L&apos;etichetta %1 è indicata due volte.</translation>
    </message>
    <message>
        <source>The role cannot be saved: %1</source>
        <translation>Il ruolo non può essere salvato: %1</translation>
    </message>
    <message>
        <source>Nothing has changed yet.</source>
        <translation>Non è stato ancora modificato nulla.</translation>
    </message>
</context>
<context>
    <name>Keyport::RoleModel</name>
    <message>
        <source>Yes</source>
        <translation>Sì</translation>
    </message>
    <message>
        <source>No</source>
        <translation>No</translation>
    </message>
    <message>
        <source>%1 is a built-in or locked role: it cannot be changed.</source>
        <translation>%1 è un ruolo integrato o bloccato: non può essere modificato.</translation>
    </message>
    <message numerus="yes">
        <source>%n API key(s) bound to this role</source>
        <translation>
            <numerusform>%n chiave API associata a questo ruolo</numerusform>
            <numerusform>%n chiavi API associate a questo ruolo</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n person(s) bound to this role</source>
        <translation>
            <numerusform>%n persona associata a questo ruolo</numerusform>
            <numerusform>%n persone associate a questo ruolo</numerusform>
        </translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nome</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Descrizione</translation>
    </message>
    <message>
        <source>Editable</source>
        <translation>Modificabile</translation>
    </message>
    <message>
        <source>API keys</source>
        <translation>Chiavi API</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Persone</translation>
    </message>
</context>
<context>
    <name>Keyport::RolesPage</name>
    <message>
        <source>Roles</source>
        <translation>Ruoli</translation>
    </message>
    <message>
        <source>Description:</source>
        <translation>Descrizione:</translation>
    </message>
    <message>
        <source>Labels:</source>
        <translation>Etichette:</translation>
    </message>
    <message>
        <source>Permissions:</source>
        <translation>Permessi:</translation>
    </message>
    <message>
        <source>Editable:</source>
        <translation>Modificabile:</translation>
    </message>
    <message>
        <source>API keys:</source>
        <translation>Chiavi API:</translation>
    </message>
    <message>
        <source>People:</source>
        <translation>Persone:</translation>
    </message>
    <message>
        <source>Policy:</source>
        <translation>Policy:</translation>
    </message>
    <message>
        <source>The roles could not be loaded: %1</source>
        <translation>Impossibile caricare i ruoli: %1</translation>
    </message>
    <message>
        <source>Loading the roles…</source>
        <translation>Caricamento dei ruoli…</translation>
    </message>
    <message>
        <source>Select a role to see its details.</source>
        <translation>Selezionare un ruolo per visualizzarne i dettagli.</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Nessuno</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Sì</translation>
    </message>
    <message>
        <source>No: a built-in or locked role, it cannot be changed or deleted.</source>
        <translation>No: è un ruolo integrato o bloccato, non può essere modificato né eliminato.</translation>
    </message>
    <message>
        <source>%1 (invited)</source>
        <translation>%1 (invito in sospeso)</translation>
    </message>
    <message>
        <source>Not known: %1</source>
        <translation>Non noto: %1</translation>
    </message>
    <message>
        <source>Not known yet.</source>
        <translation>Non ancora noto.</translation>
    </message>
    <message>
        <source>This role has no policy.</source>
        <translation>Questo ruolo non ha alcuna policy.</translation>
    </message>
</context>
<context>
    <name>Keyport::Sandbox</name>
    <message>
        <source>Cannot read the catalog %1: %2</source>
        <translation>Impossibile leggere il catalogo %1: %2</translation>
    </message>
    <message>
        <source>Cannot write the log %1: %2</source>
        <translation>Impossibile scrivere il file di log %1: %2</translation>
    </message>
</context>
<context>
    <name>Keyport::SandboxFault</name>
    <message>
        <source>Invalid fault &quot;%1&quot;: %2</source>
        <translation>Guasto non valido &quot;%1&quot;: %2</translation>
    </message>
    <message>
        <source>the count after * must be a positive number</source>
        <translation>il conteggio dopo * deve essere un numero positivo</translation>
    </message>
    <message>
        <source>the path after @ must start with /</source>
        <translation>il percorso dopo @ deve iniziare con /</translation>
    </message>
    <message>
        <source>latency needs a number of milliseconds, as in latency:500</source>
        <translation>latency richiede un numero di millisecondi, come in latency:500</translation>
    </message>
    <message>
        <source>429 takes the Retry-After seconds, as in 429:5</source>
        <translation>429 accetta i secondi di Retry-After, come in 429:5</translation>
    </message>
    <message>
        <source>the kind must be an HTTP status from 400 to 599, malformed, drop, hang, latency or iamv3</source>
        <translation>il tipo deve essere uno stato HTTP da 400 a 599, malformed, drop, hang, latency o iamv3</translation>
    </message>
    <message>
        <source>a method or a path must follow @</source>
        <translation>dopo @ deve seguire un metodo o un percorso</translation>
    </message>
    <message>
        <source>a status takes the Retry-After seconds, as in 503:5, or nothing</source>
        <translation>uno stato accetta i secondi di Retry-After, come in 503:5, oppure niente</translation>
    </message>
</context>
<context>
    <name>Keyport::SaveRoleFlow</name>
    <message>
        <source>The account is not open.</source>
        <translation>L&apos;account non è aperto.</translation>
    </message>
    <message>
        <source>The role was not created: %1 The list of roles shows no role %2.</source>
        <translation>Il ruolo non è stato creato: %1 L&apos;elenco dei ruoli non contiene alcun ruolo %2.</translation>
    </message>
    <message>
        <source>Whether the role %1 was created is unknown: %2 The roles could not be listed either: %3 Refresh, then look for it before trying again.</source>
        <translation>Non è noto se il ruolo %1 sia stato creato: %2 Non è stato possibile nemmeno elencare i ruoli: %3 Aggiornare, quindi cercarlo prima di riprovare.</translation>
    </message>
    <message>
        <source>The role was not created. %1</source>
        <translation>Il ruolo non è stato creato. %1</translation>
    </message>
    <message>
        <source>Nothing was saved: the role&apos;s description, permissions and labels were refused, and its policy was not sent. %1</source>
        <translation>Non è stato salvato nulla: la descrizione, i permessi e le etichette del ruolo sono stati rifiutati e la sua policy non è stata inviata. %1</translation>
    </message>
    <message>
        <source>The role&apos;s description, permissions and labels were not saved. %1</source>
        <translation>La descrizione, i permessi e le etichette del ruolo non sono stati salvati. %1</translation>
    </message>
    <message>
        <source>The role&apos;s description, permissions and labels were saved, but its policy was not: the old policy still applies. %1</source>
        <translation>La descrizione, i permessi e le etichette del ruolo sono stati salvati, ma la sua policy no: resta in vigore la policy precedente. %1</translation>
    </message>
    <message>
        <source>The role&apos;s policy was not saved: the old policy still applies. %1</source>
        <translation>La policy del ruolo non è stata salvata: resta in vigore la policy precedente. %1</translation>
    </message>
    <message>
        <source>The role was saved, but reading it back failed: refresh to see it. %1</source>
        <translation>Il ruolo è stato salvato, ma la sua rilettura non è riuscita: aggiornare per visualizzarlo. %1</translation>
    </message>
</context>
<context>
    <name>Keyport::SecretCommandJob</name>
    <message>
        <source>No command to run was given.</source>
        <translation>Non è stato indicato alcun comando da eseguire.</translation>
    </message>
    <message>
        <source>The command %1 could not be started: %2</source>
        <translation>Impossibile avviare il comando %1: %2</translation>
    </message>
    <message>
        <source>The command %1 crashed.</source>
        <translation>Il comando %1 si è arrestato in modo anomalo.</translation>
    </message>
    <message>
        <source>The command %1 failed with exit code %2.</source>
        <translation>Il comando %1 non è riuscito (codice di uscita %2).</translation>
    </message>
    <message>
        <source>The command %1 failed with exit code %2: %3</source>
        <translation>Il comando %1 non è riuscito (codice di uscita %2): %3</translation>
    </message>
    <message>
        <source>The command %1 printed no secret: its first line of output is empty.</source>
        <translation>Il comando %1 non ha stampato alcun segreto: la prima riga del suo output è vuota.</translation>
    </message>
    <message numerus="yes">
        <source>The command %1 did not finish within %n second(s) and was stopped.</source>
        <translation>
            <numerusform>Il comando %1 non è terminato entro %n secondo ed è stato interrotto.</numerusform>
            <numerusform>Il comando %1 non è terminato entro %n secondi ed è stato interrotto.</numerusform>
        </translation>
    </message>
    <message>
        <source>The command %1 printed more than %2 KiB, which cannot be a secret, and was stopped.</source>
        <translation>Il comando %1 ha stampato più di %2 KiB, che non possono essere un segreto, ed è stato interrotto.</translation>
    </message>
</context>
<context>
    <name>Keyport::SecretPage</name>
    <message>
        <source>Re&amp;veal</source>
        <translation>&amp;Mostra</translation>
    </message>
    <message>
        <source>&amp;Copy Secret</source>
        <translation>&amp;Copia segreto</translation>
    </message>
    <message>
        <source>Copy as &amp;Environment Variables</source>
        <translation>Copia come &amp;variabili d&apos;ambiente</translation>
    </message>
    <message>
        <source>I have &amp;stored this secret</source>
        <translation>Ho &amp;salvato questo segreto</translation>
    </message>
    <message>
        <source>The Key&apos;s Secret</source>
        <translation>Il segreto della chiave</translation>
    </message>
    <message>
        <source>This is the only time Exoscale gives the secret.</source>
        <translation>Questa è l&apos;unica volta in cui Exoscale fornisce il segreto.</translation>
    </message>
    <message>
        <source>Secret</source>
        <translation>Segreto</translation>
    </message>
    <message>
        <source>Key ID:</source>
        <translation>ID chiave:</translation>
    </message>
    <message>
        <source>Secret:</source>
        <translation>Segreto:</translation>
    </message>
    <message>
        <source>Saved in %1 as %2. Keyport can copy it for you later.</source>
        <translation>Salvato %1 come %2. Keyport potrà copiarlo in seguito.</translation>
    </message>
    <message>
        <source>&lt;b&gt;The secret was not saved&lt;/b&gt;: %1&lt;br&gt;Copy it somewhere safe now: once this window is closed, nobody can see it again.</source>
        <translation>&lt;b&gt;Il segreto non è stato salvato&lt;/b&gt;: %1&lt;br&gt;Copiarlo subito in un luogo sicuro: una volta chiusa questa finestra, nessuno potrà più vederlo.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Kept in memory for this session only&lt;/b&gt;: Keyport forgets it when it quits.&lt;br&gt;Copy it somewhere safe now: once Keyport has quit, nobody can see it again.</source>
        <translation>&lt;b&gt;Conservato solo nella memoria di questa sessione&lt;/b&gt;: Keyport lo dimentica alla chiusura.&lt;br&gt;Copiarlo subito in un luogo sicuro: una volta chiuso Keyport, nessuno potrà più vederlo.</translation>
    </message>
</context>
<context>
    <name>Keyport::ServiceMap</name>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Impossibile leggere %1: %2</translation>
    </message>
    <message>
        <source>%1 is too large to be a service map</source>
        <translation>%1 è troppo grande per essere una mappa dei servizi</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>not JSON (%1 at offset %2)</source>
        <translation>non è JSON (%1 all&apos;offset %2)</translation>
    </message>
    <message>
        <source>&quot;services&quot; must be an object of service classes</source>
        <translation>&quot;services&quot; deve essere un oggetto di classi di servizio</translation>
    </message>
    <message>
        <source>services.%1 must be a list of operations</source>
        <translation>services.%1 deve essere una lista di operazioni</translation>
    </message>
    <message>
        <source>services.%1 holds something that is not an operation name</source>
        <translation>services.%1 contiene qualcosa che non è un nome di operazione</translation>
    </message>
    <message>
        <source>the operation %1 is listed under both %2 and %3</source>
        <translation>l&apos;operazione %1 è elencata sia in %2 sia in %3</translation>
    </message>
</context>
<context>
    <name>Keyport::SessionSecretJob</name>
    <message>
        <source>The session&apos;s secrets are gone.</source>
        <translation>I segreti della sessione non sono più disponibili.</translation>
    </message>
</context>
<context>
    <name>Keyport::SessionSecretStore</name>
    <message>
        <source>this session only</source>
        <translation>nella memoria di questa sessione</translation>
    </message>
    <message>
        <source>No secret is kept for this key in this session.</source>
        <translation>In questa sessione non è conservato alcun segreto per questa chiave.</translation>
    </message>
</context>
<context>
    <name>Keyport::ShortcutsDialog</name>
    <message>
        <source>No shortcut matches.</source>
        <translation>Nessuna scorciatoia corrisponde.</translation>
    </message>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation>Scorciatoie da tastiera</translation>
    </message>
    <message>
        <source>An action or a key</source>
        <translation>Un&apos;azione o un tasto</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Azione</translation>
    </message>
    <message>
        <source>Shortcut</source>
        <translation>Scorciatoia</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Scorciatoie da tastiera</translation>
    </message>
    <message>
        <source>&amp;Filter:</source>
        <translation>&amp;Filtra:</translation>
    </message>
</context>
<context>
    <name>Keyport::Startup</name>
    <message>
        <source>Keyport</source>
        <translation>Keyport</translation>
    </message>
    <message>
        <source>The EXOSCALE_* environment variables cannot be used: %1</source>
        <translation>Impossibile usare le variabili d&apos;ambiente EXOSCALE_*: %1</translation>
    </message>
    <message>
        <source>The account of the EXOSCALE_* environment variables cannot be opened: %1</source>
        <translation>Impossibile aprire l&apos;account delle variabili d&apos;ambiente EXOSCALE_*: %1</translation>
    </message>
    <message>
        <source>There is no account named &quot;%1&quot;.</source>
        <translation>Non esiste alcun account denominato &quot;%1&quot;.</translation>
    </message>
</context>
<context>
    <name>Keyport::TestAccountCommand</name>
    <message>
        <source>Testing the account %1…</source>
        <translation>Verifica dell&apos;account %1 in corso…</translation>
    </message>
    <message>
        <source>The secret of the account %1 cannot be read: %2</source>
        <translation>Impossibile leggere il segreto dell&apos;account %1: %2</translation>
    </message>
    <message>
        <source>Test Account %1</source>
        <translation>Verifica account %1</translation>
    </message>
</context>
<context>
    <name>Keyport::TestBenchDialog</name>
    <message>
        <source>Test Bench</source>
        <translation>Banco di prova</translation>
    </message>
</context>
<context>
    <name>Keyport::TestBenchWidget</name>
    <message>
        <source>&amp;Subject:</source>
        <translation>&amp;Soggetto:</translation>
    </message>
    <message>
        <source>&amp;Request</source>
        <translation>&amp;Richiesta</translation>
    </message>
    <message>
        <source>&amp;Matrix</source>
        <translation>&amp;Matrice</translation>
    </message>
    <message>
        <source>Request</source>
        <translation>Richiesta</translation>
    </message>
    <message>
        <source>No Exoscale document maps operations to service classes: Keyport&apos;s map is a reconstruction.</source>
        <translation>Nessun documento di Exoscale associa le operazioni alle classi di servizio: la mappa di Keyport è una ricostruzione.</translation>
    </message>
    <message>
        <source>Add Parameter</source>
        <translation>Aggiungi parametro</translation>
    </message>
    <message>
        <source>Remove Parameter</source>
        <translation>Rimuovi parametro</translation>
    </message>
    <message>
        <source>A value that reads as JSON (42, true, &quot;text&quot;, [&quot;a&quot;, &quot;b&quot;]) is that value; anything else is text.</source>
        <translation>Un valore leggibile come JSON (42, true, &quot;text&quot;, [&quot;a&quot;, &quot;b&quot;]) è quel valore; qualsiasi altra cosa è testo.</translation>
    </message>
    <message>
        <source>Add Resource</source>
        <translation>Aggiungi risorsa</translation>
    </message>
    <message>
        <source>Remove Resource</source>
        <translation>Rimuovi risorsa</translation>
    </message>
    <message>
        <source>A dotted name such as dns_domain.unicode_name is a member of a member.</source>
        <translation>Un nome puntato come dns_domain.unicode_name è un membro di un membro.</translation>
    </message>
    <message>
        <source>Not given</source>
        <translation>Non indicato</translation>
    </message>
    <message>
        <source>&amp;Operation:</source>
        <translation>&amp;Operazione:</translation>
    </message>
    <message>
        <source>&amp;Parameters:</source>
        <translation>&amp;Parametri:</translation>
    </message>
    <message>
        <source>R&amp;esources:</source>
        <translation>R&amp;isorse:</translation>
    </message>
    <message>
        <source>&amp;Zone:</source>
        <translation>&amp;Zona:</translation>
    </message>
    <message>
        <source>Source &amp;address:</source>
        <translation>Indirizzo di ori&amp;gine:</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>Verdetto</translation>
    </message>
    <message>
        <source>Skipped rules</source>
        <translation>Regole saltate</translation>
    </message>
    <message>
        <source>Service &amp;class:</source>
        <translation>&amp;Classe di servizio:</translation>
    </message>
    <message>
        <source>&amp;Verdicts:</source>
        <translation>&amp;Verdetti:</translation>
    </message>
    <message>
        <source>The draft in the editor</source>
        <translation>La bozza nell&apos;editor</translation>
    </message>
    <message>
        <source>API key %1</source>
        <translation>Chiave API %1</translation>
    </message>
    <message>
        <source>Role %1</source>
        <translation>Ruolo %1</translation>
    </message>
    <message>
        <source>Service class %1</source>
        <translation>Classe di servizio %1</translation>
    </message>
    <message>
        <source>Service class: choose an operation</source>
        <translation>Classe di servizio: scegliere un&apos;operazione</translation>
    </message>
    <message>
        <source>Service class: unknown (Keyport&apos;s map does not list %1)</source>
        <translation>Classe di servizio: sconosciuta (la mappa di Keyport non elenca %1)</translation>
    </message>
    <message>
        <source>Service class: %1</source>
        <translation>Classe di servizio: %1</translation>
    </message>
    <message>
        <source>Role %1 has no policy: Keyport cannot tell what it allows.</source>
        <translation>Il ruolo %1 non ha alcuna policy: Keyport non può stabilire che cosa consenta.</translation>
    </message>
    <message>
        <source>Choose an API key or a role to judge its requests.</source>
        <translation>Scegliere una chiave API o un ruolo per valutarne le richieste.</translation>
    </message>
    <message>
        <source>The role of API key %1 is not known: its requests cannot be judged.</source>
        <translation>Il ruolo della chiave API %1 non è noto: non è possibile valutarne le richieste.</translation>
    </message>
    <message>
        <source>The organization policy is not known: only the subject&apos;s policy is judged.</source>
        <translation>La policy dell&apos;organizzazione non è nota: viene valutata solo la policy del soggetto.</translation>
    </message>
    <message>
        <source>Choose an operation to see the verdict.</source>
        <translation>Scegliere un&apos;operazione per vedere il verdetto.</translation>
    </message>
    <message>
        <source>None.</source>
        <translation>Nessuna.</translation>
    </message>
    <message>
        <source>Deciding policy: the organization policy.</source>
        <translation>Policy determinante: la policy dell&apos;organizzazione.</translation>
    </message>
    <message>
        <source>Deciding policy: the policy of role %1, the role of API key %2.</source>
        <translation>Policy determinante: la policy del ruolo %1, il ruolo della chiave API %2.</translation>
    </message>
    <message>
        <source>Deciding policy: the policy of role %1.</source>
        <translation>Policy determinante: la policy del ruolo %1.</translation>
    </message>
    <message>
        <source>Deciding policy: %1.</source>
        <translation>Policy determinante: %1.</translation>
    </message>
    <message>
        <source>Deciding rule: rule %1 of %2, which allows: %3</source>
        <translation>Regola determinante: regola %1 di %2, che consente: %3</translation>
    </message>
    <message>
        <source>Deciding rule: rule %1 of %2, which denies: %3</source>
        <translation>Regola determinante: regola %1 di %2, che nega: %3</translation>
    </message>
    <message>
        <source>Deciding rule: none, no rule matched.</source>
        <translation>Regola determinante: nessuna, non corrisponde alcuna regola.</translation>
    </message>
    <message>
        <source>Deciding rule: none, no rule was tried.</source>
        <translation>Regola determinante: nessuna, non è stata provata alcuna regola.</translation>
    </message>
    <message>
        <source>A verdict that depends on parameters changes with the request: try it on the Request tab.</source>
        <translation>Un verdetto che dipende dai parametri cambia con la richiesta: provarlo nella scheda Richiesta.</translation>
    </message>
</context>
<context>
    <name>Keyport::ViewActions</name>
    <message>
        <source>Reload &amp;Catalog</source>
        <translation>&amp;Ricarica catalogo</translation>
    </message>
</context>
<context>
    <name>Keyport::WelcomePage</name>
    <message>
        <source>Welcome to Keyport</source>
        <translation>Benvenuto in Keyport</translation>
    </message>
    <message>
        <source>Keyport manages the IAM access keys of your Exoscale accounts. Add an account with an API key and its secret, import the accounts of the exo command-line tool, or look around in a simulated account first.</source>
        <translation>Keyport gestisce le chiavi di accesso IAM degli account Exoscale. È possibile aggiungere un account con una chiave API e il relativo segreto, importare gli account dello strumento a riga di comando exo oppure esplorare prima un account simulato.</translation>
    </message>
    <message>
        <source>&amp;Add Account…</source>
        <translation>&amp;Aggiungi account…</translation>
    </message>
    <message>
        <source>&amp;Import from exo CLI…</source>
        <translation>&amp;Importa dalla CLI exo…</translation>
    </message>
    <message>
        <source>Try the &amp;Demo</source>
        <translation>Prova la &amp;demo</translation>
    </message>
</context>
<context>
    <name>keyport-policy</name>
    <message>
        <source>Judge one request against a role&apos;s policy and the organisation&apos;s, as Exoscale would.</source>
        <translation>Valuta una richiesta rispetto alla policy di un ruolo e a quella dell&apos;organizzazione, come farebbe Exoscale.</translation>
    </message>
    <message>
        <source>Prints {&quot;decision&quot;: &quot;allow&quot;|&quot;deny&quot;, &quot;decided-by&quot;: &quot;organization&quot;|&quot;role&quot;, &quot;service&quot;, &quot;rule&quot;, &quot;skipped&quot;} and exits 0 when the request is allowed, 1 when it is denied, 2 on a usage error. A VALUE is JSON when it parses as JSON, else a string.</source>
        <translation>Stampa {&quot;decision&quot;: &quot;allow&quot;|&quot;deny&quot;, &quot;decided-by&quot;: &quot;organization&quot;|&quot;role&quot;, &quot;service&quot;, &quot;rule&quot;, &quot;skipped&quot;} ed esce con 0 se la richiesta è consentita, 1 se è negata, 2 in caso di errore di utilizzo. Un VALUE è JSON se viene interpretato come JSON, altrimenti è una stringa.</translation>
    </message>
    <message>
        <source>Show this help.</source>
        <translation>Mostra questo aiuto.</translation>
    </message>
    <message>
        <source>The role&apos;s policy: a file holding an IAM policy, or a role with one.</source>
        <translation>La policy del ruolo: un file contenente una policy IAM, o un ruolo che ne ha una.</translation>
    </message>
    <message>
        <source>The organisation&apos;s policy (allow-all when not given).</source>
        <translation>La policy dell&apos;organizzazione (allow-all se non indicata).</translation>
    </message>
    <message>
        <source>The operation, e.g. get-object.</source>
        <translation>L&apos;operazione, ad es. get-object.</translation>
    </message>
    <message>
        <source>The service class (by default the operation&apos;s, from the service map).</source>
        <translation>La classe di servizio (per impostazione predefinita quella dell&apos;operazione, dalla mappa dei servizi).</translation>
    </message>
    <message>
        <source>A request parameter, e.g. bucket=site-data. Repeatable.</source>
        <translation>Un parametro della richiesta, ad es. bucket=site-data. Ripetibile.</translation>
    </message>
    <message>
        <source>A resource attribute, e.g. dns_domain.unicode_name=example.com. Repeatable.</source>
        <translation>Un attributo della risorsa, ad es. dns_domain.unicode_name=example.com. Ripetibile.</translation>
    </message>
    <message>
        <source>The zone, e.g. ch-gva-2.</source>
        <translation>La zona, ad es. ch-gva-2.</translation>
    </message>
    <message>
        <source>The caller&apos;s address.</source>
        <translation>L&apos;indirizzo del chiamante.</translation>
    </message>
    <message>
        <source>The signing key&apos;s id.</source>
        <translation>L&apos;id della chiave di firma.</translation>
    </message>
    <message>
        <source>The request&apos;s time, RFC 3339 (by default the current time).</source>
        <translation>L&apos;ora della richiesta, RFC 3339 (per impostazione predefinita l&apos;ora corrente).</translation>
    </message>
    <message>
        <source>A service map replacing the built-in one (shaped like iam-v3-services.json).</source>
        <translation>Una mappa dei servizi che sostituisce quella integrata (con la forma di iam-v3-services.json).</translation>
    </message>
    <message>
        <source>error: %1</source>
        <translation>error: %1</translation>
    </message>
    <message>
        <source>unexpected argument %1</source>
        <translation>argomento inatteso %1</translation>
    </message>
    <message>
        <source>--policy FILE is required</source>
        <translation>--policy FILE è obbligatorio</translation>
    </message>
    <message>
        <source>--operation OP is required</source>
        <translation>--operation OP è obbligatorio</translation>
    </message>
    <message>
        <source>--now takes an RFC 3339 time, e.g. 2026-11-27T10:00:00Z</source>
        <translation>--now richiede un&apos;ora RFC 3339, ad es. 2026-11-27T10:00:00Z</translation>
    </message>
    <message>
        <source>--param takes NAME=VALUE, not %1</source>
        <translation>--param richiede NAME=VALUE, non %1</translation>
    </message>
    <message>
        <source>--resource takes PATH=VALUE, e.g. dns_domain.unicode_name=example.com, not %1</source>
        <translation>--resource richiede PATH=VALUE, ad es. dns_domain.unicode_name=example.com, non %1</translation>
    </message>
    <message>
        <source>the service map does not know the operation %1: give its class with --service</source>
        <translation>la mappa dei servizi non conosce l&apos;operazione %1: indicane la classe con --service</translation>
    </message>
    <message>
        <source>error: column %1: %2</source>
        <translation>error: colonna %1: %2</translation>
    </message>
    <message>
        <source>Evaluate one CEL expression and print its value as JSON.</source>
        <translation>Valuta un&apos;espressione CEL e ne stampa il valore come JSON.</translation>
    </message>
    <message>
        <source>Usage: keyport-policy expr EXPRESSION [--context JSON]

Evaluates EXPRESSION, a CEL expression in Exoscale&apos;s dialect, and prints its value as
one JSON value. --context gives the bindings as a JSON object; a member &quot;now&quot; given
as an RFC 3339 string is a timestamp, and &quot;now&quot; is the current time when not given.

Exit status: 0 a value was printed, 2 usage error, 3 syntax error, 4 evaluation error.
</source>
        <translation>Uso: keyport-policy expr EXPRESSION [--context JSON]

Valuta EXPRESSION, un&apos;espressione CEL nel dialetto di Exoscale, e ne stampa il valore come
un unico valore JSON. --context fornisce i binding come oggetto JSON; un membro &quot;now&quot; fornito
come stringa RFC 3339 è un timestamp, e &quot;now&quot; è l&apos;ora corrente se non indicato.

Stato di uscita: 0 valore stampato, 2 errore di utilizzo, 3 errore di sintassi, 4 errore di valutazione.
</translation>
    </message>
    <message>
        <source>error: --context needs a JSON object</source>
        <translation>error: --context richiede un oggetto JSON</translation>
    </message>
    <message>
        <source>error: unknown option &apos;%1&apos;</source>
        <translation>error: opzione sconosciuta &apos;%1&apos;</translation>
    </message>
    <message>
        <source>error: more than one expression given</source>
        <translation>error: è stata indicata più di un&apos;espressione</translation>
    </message>
    <message>
        <source>error: no expression given</source>
        <translation>error: nessuna espressione indicata</translation>
    </message>
    <message>
        <source>error: --context is not a JSON object</source>
        <translation>error: --context non è un oggetto JSON</translation>
    </message>
    <message>
        <source>error: &quot;now&quot; in --context is not an RFC 3339 timestamp</source>
        <translation>error: &quot;now&quot; in --context non è un timestamp RFC 3339</translation>
    </message>
    <message>
        <source>Find what Exoscale would accept and then silently skip or refuse in a policy.</source>
        <translation>Trova ciò che Exoscale accetterebbe in una policy per poi ignorarlo o rifiutarlo senza avvisare.</translation>
    </message>
    <message>
        <source>FILE holds an IAM policy or a role with one. Prints one problem per line, &lt;json path&gt;: &lt;message&gt;, and exits 0 when clean, 1 with problems, 2 when the file cannot be read.</source>
        <translation>FILE contiene una policy IAM o un ruolo che ne ha una. Stampa un problema per riga, &lt;percorso json&gt;: &lt;messaggio&gt;, ed esce con 0 se non ci sono problemi, 1 se ce ne sono, 2 se il file non può essere letto.</translation>
    </message>
    <message>
        <source>The policy or role to check.</source>
        <translation>La policy o il ruolo da controllare.</translation>
    </message>
    <message>
        <source>lint takes one FILE</source>
        <translation>lint richiede un solo FILE</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>impossibile leggere %1: %2</translation>
    </message>
    <message>
        <source>%1 is too large to be a policy</source>
        <translation>%1 è troppo grande per essere una policy</translation>
    </message>
    <message>
        <source>%1 is not JSON: %2 at offset %3</source>
        <translation>%1 non è JSON: %2 all&apos;offset %3</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Usage: keyport-policy COMMAND [ARGUMENTS]

Evaluates and checks Exoscale IAM v3 policies and their CEL expressions.

Commands:
</source>
        <translation>Uso: keyport-policy COMMAND [ARGUMENTS]

Valuta e controlla le policy IAM v3 di Exoscale e le loro espressioni CEL.

Comandi:
</translation>
    </message>
    <message>
        <source>
Options:
  --help     Show this help, or a command&apos;s with COMMAND --help.
  --version  Show the version.
</source>
        <translation>
Opzioni:
  --help     Mostra questo aiuto, o quello di un comando con COMMAND --help.
  --version  Mostra la versione.
</translation>
    </message>
    <message>
        <source>error: unknown command &apos;%1&apos;</source>
        <translation>error: comando sconosciuto &apos;%1&apos;</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Port to listen on (0: any free port).</source>
        <translation>Porta su cui restare in ascolto (0: qualsiasi porta libera).</translation>
    </message>
    <message>
        <source>Operation catalog to serve (the built-in one by default).</source>
        <translation>Catalogo delle operazioni da servire (quello integrato, per impostazione predefinita).</translation>
    </message>
    <message>
        <source>Start with N generated keys instead of the demo keys.</source>
        <translation>Avvia con N chiavi generate al posto delle chiavi della demo.</translation>
    </message>
    <message>
        <source>Delay every answer by MS milliseconds.</source>
        <translation>Ritarda ogni risposta di MS millisecondi.</translation>
    </message>
    <message>
        <source>How long a revocation stays pending, in milliseconds.</source>
        <translation>Per quanto tempo una revoca resta in sospeso, in millisecondi.</translation>
    </message>
    <message>
        <source>Manage Exoscale IAM access keys.</source>
        <translation>Gestisce le chiavi di accesso IAM di Exoscale.</translation>
    </message>
    <message>
        <source>Open a demo account served by a simulated Exoscale API on this computer; nothing is saved.</source>
        <translation>Apre un account demo servito da un&apos;API Exoscale simulata su questo computer; non viene salvato nulla.</translation>
    </message>
    <message>
        <source>Open the account NAME.</source>
        <translation>Apre l&apos;account NAME.</translation>
    </message>
    <message>
        <source>Inject a fault: KIND[:VALUE][@[METHOD]PATH][*COUNT], KIND being an HTTP status, 429, malformed, drop, hang, latency or iamv3. @PATH is that exact path; a PATH ending in / is everything under it. Repeatable. Examples: 503*2, hang@DELETE/v2/access-key/, 429:5@/v2/operation/*1</source>
        <translation>Inietta un guasto: KIND[:VALUE][@[METHOD]PATH][*COUNT], dove KIND è uno stato HTTP, 429, malformed, drop, hang, latency o iamv3. @PATH indica esattamente quel percorso; un PATH che termina con / comprende tutto ciò che si trova al di sotto. Ripetibile. Esempi: 503*2, hang@DELETE/v2/access-key/, 429:5@/v2/operation/*1</translation>
    </message>
    <message>
        <source>Write one JSON object per request to FILE, one a line: time, method, path, status (0 when dropped or never answered) and fault. Never a body or a header.</source>
        <translation>Scrive un oggetto JSON per richiesta in FILE, uno per riga: ora, metodo, percorso, stato (0 se la richiesta è stata scartata o non ha mai ricevuto risposta) e guasto. Mai il corpo o le intestazioni.</translation>
    </message>
    <message>
        <source>A simulated Exoscale access-key and IAM v3 API on 127.0.0.1, for demos and tests.
Prints its endpoint, its root key and the root key&apos;s secret, then an API key bound to the allow-all role sandbox-admin and its secret, one per line.</source>
        <translation>Un&apos;API simulata di Exoscale per chiavi di accesso e IAM v3 su 127.0.0.1, per demo e test.
Stampa il suo endpoint, la sua chiave root e il segreto della chiave root, poi una chiave API associata al ruolo allow-all sandbox-admin e il suo segreto, uno per riga.</translation>
    </message>
    <message>
        <source>How long the Operation of an IAM v3 change (roles, API keys, organization policy) stays pending, in milliseconds.</source>
        <translation>Per quanto tempo l&apos;Operation di una modifica IAM v3 (ruoli, chiavi API, policy dell&apos;organizzazione) resta in sospeso, in millisecondi.</translation>
    </message>
    <message>
        <source>Start with the organization policy in FILE (JSON) instead of allow-all.</source>
        <translation>Avvia con la policy dell&apos;organizzazione in FILE (JSON) invece di allow-all.</translation>
    </message>
    <message>
        <source>Cannot read the policy %1: %2</source>
        <translation>Impossibile leggere la policy %1: %2</translation>
    </message>
    <message>
        <source>The policy %1 is not JSON: %2</source>
        <translation>La policy %1 non è JSON: %2</translation>
    </message>
    <message>
        <source>not a policy object</source>
        <translation>non è un oggetto policy</translation>
    </message>
    <message>
        <source>The policy %1 is invalid: %2</source>
        <translation>La policy %1 non è valida: %2</translation>
    </message>
</context>
</TS>
