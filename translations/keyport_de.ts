<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>Keyport::AboutDialog</name>
    <message>
        <source>About Keyport</source>
        <translation>Über Keyport</translation>
    </message>
    <message>
        <source>Version %1</source>
        <translation>Version %1</translation>
    </message>
    <message>
        <source>Manages Exoscale IAM access keys, and keeps their secrets in the system keychain.</source>
        <translation>Verwaltet die IAM-Zugangsschlüssel von Exoscale und verwahrt ihre Geheimnisse im System-Schlüsselbund.</translation>
    </message>
    <message>
        <source>Free software under the GNU General Public License, version 3 or any later version (GPL-3.0-or-later). It comes with no warranty.</source>
        <translation>Freie Software unter der GNU General Public License, Version 3 oder jeder späteren Version (GPL-3.0-or-later). Sie wird ohne jegliche Gewährleistung bereitgestellt.</translation>
    </message>
    <message>
        <source>The GNU General Public License</source>
        <translation>Die GNU General Public License</translation>
    </message>
    <message>
        <source>Keyport&apos;s README: how to use it</source>
        <translation>Das README von Keyport: Anleitung zur Verwendung</translation>
    </message>
    <message>
        <source>Exoscale&apos;s IAM documentation</source>
        <translation>Die IAM-Dokumentation von Exoscale</translation>
    </message>
    <message>
        <source>Built with Qt %1, running with Qt %2.</source>
        <translation>Erstellt mit Qt %1, ausgeführt mit Qt %2.</translation>
    </message>
</context>
<context>
    <name>Keyport::AccessKeyFilterModel</name>
    <message numerus="yes">
        <source>%n key(s)</source>
        <translation>
            <numerusform>%n Schlüssel</numerusform>
            <numerusform>%n Schlüssel</numerusform>
        </translation>
    </message>
    <message>
        <source>No key matches</source>
        <translation>Kein Schlüssel passt</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n key(s) match</source>
        <translation>
            <numerusform>%1 von %n Schlüssel passen</numerusform>
            <numerusform>%1 von %n Schlüsseln passen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Keyport::AccessKeyListReader</name>
    <message>
        <source>invalid JSON at offset %1 (%2)</source>
        <translation>ungültiges JSON an Position %1 (%2)</translation>
    </message>
    <message>
        <source>unexpected end of the data</source>
        <translation>unerwartetes Ende der Daten</translation>
    </message>
    <message>
        <source>expected &apos;%1&apos;</source>
        <translation>„%1“ erwartet</translation>
    </message>
    <message>
        <source>an invalid \u escape</source>
        <translation>ungültige \u-Escape-Sequenz</translation>
    </message>
    <message>
        <source>invalid UTF-8 in a string</source>
        <translation>ungültiges UTF-8 in einer Zeichenkette</translation>
    </message>
    <message>
        <source>unterminated string</source>
        <translation>nicht abgeschlossene Zeichenkette</translation>
    </message>
    <message>
        <source>an invalid value</source>
        <translation>ein ungültiger Wert</translation>
    </message>
    <message>
        <source>an invalid number</source>
        <translation>eine ungültige Zahl</translation>
    </message>
    <message>
        <source>too deeply nested</source>
        <translation>zu tief verschachtelt</translation>
    </message>
    <message>
        <source>the field &quot;%1&quot; is not a list</source>
        <translation>das Feld „%1“ ist keine Liste</translation>
    </message>
    <message>
        <source>the field &quot;%1&quot; holds something that is not a string</source>
        <translation>das Feld „%1“ enthält etwas, das keine Zeichenkette ist</translation>
    </message>
    <message>
        <source>&quot;resources&quot; is not a list</source>
        <translation>„resources“ ist keine Liste</translation>
    </message>
    <message>
        <source>a resource is not an object</source>
        <translation>eine Ressource ist kein Objekt</translation>
    </message>
    <message>
        <source>the field &quot;%1&quot; is not a string</source>
        <translation>das Feld „%1“ ist keine Zeichenkette</translation>
    </message>
    <message>
        <source>in a resource, the field &quot;%1&quot; is missing</source>
        <translation>in einer Ressource fehlt das Feld „%1“</translation>
    </message>
    <message>
        <source>in a resource, %1</source>
        <translation>in einer Ressource: %1</translation>
    </message>
    <message>
        <source>in an access key, the field &quot;key&quot; is missing</source>
        <translation>in einem Zugangsschlüssel fehlt das Feld „key“</translation>
    </message>
    <message>
        <source>in an access key, %1</source>
        <translation>in einem Zugangsschlüssel: %1</translation>
    </message>
    <message>
        <source>an access key has an empty id</source>
        <translation>ein Zugangsschlüssel hat eine leere ID</translation>
    </message>
    <message>
        <source>in the access key %1: %2</source>
        <translation>im Zugangsschlüssel %1: %2</translation>
    </message>
    <message>
        <source>the field &quot;access-keys&quot; is missing</source>
        <translation>das Feld „access-keys“ fehlt</translation>
    </message>
    <message>
        <source>the field &quot;access-keys&quot; is not a list</source>
        <translation>das Feld „access-keys“ ist keine Liste</translation>
    </message>
    <message>
        <source>entry %1 of the key list is not an object</source>
        <translation>Eintrag %1 der Schlüsselliste ist kein Objekt</translation>
    </message>
    <message>
        <source>garbage after the end of the document</source>
        <translation>überzählige Daten nach dem Ende des Dokuments</translation>
    </message>
    <message>
        <source>expected a JSON object</source>
        <translation>JSON-Objekt erwartet</translation>
    </message>
</context>
<context>
    <name>Keyport::AccessKeyModel</name>
    <message>
        <source>Restricted</source>
        <translation>Eingeschränkt</translation>
    </message>
    <message>
        <source>Unrestricted</source>
        <translation>Uneingeschränkt</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Unbekannt</translation>
    </message>
    <message>
        <source>Every right of the signing key</source>
        <translation>Alle Rechte des signierenden Schlüssels</translation>
    </message>
    <message numerus="yes">
        <source>%n operation(s)</source>
        <translation>
            <numerusform>%n Operation</numerusform>
            <numerusform>%n Operationen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n resource(s)</source>
        <translation>
            <numerusform>%n Ressource</numerusform>
            <numerusform>%n Ressourcen</numerusform>
        </translation>
    </message>
    <message>
        <source>No restrictions listed</source>
        <translation>Keine Einschränkungen aufgeführt</translation>
    </message>
    <message>
        <source>Stored</source>
        <translation>Gespeichert</translation>
    </message>
    <message>
        <source>Keyport does not hold this key&apos;s secret.</source>
        <translation>Keyport verwahrt das Geheimnis dieses Schlüssels nicht.</translation>
    </message>
    <message>
        <source>Keyport holds this key&apos;s secret.</source>
        <translation>Keyport verwahrt das Geheimnis dieses Schlüssels.</translation>
    </message>
    <message>
        <source>Keyport holds this key&apos;s secret in %1.</source>
        <translation>Keyport verwahrt das Geheimnis dieses Schlüssels %1.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Schlüssel</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Restrictions</source>
        <translation>Einschränkungen</translation>
    </message>
    <message>
        <source>Secret</source>
        <translation>Geheimnis</translation>
    </message>
    <message>
        <source>Every right</source>
        <translation>Alle Rechte</translation>
    </message>
    <message numerus="yes">
        <source>%n tag(s)</source>
        <comment>compact</comment>
        <translation>
            <numerusform>%n Tag</numerusform>
            <numerusform>%n Tags</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n op(s)</source>
        <comment>compact: operations</comment>
        <translation>
            <numerusform>%n Op.</numerusform>
            <numerusform>%n Op.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n res.</source>
        <comment>compact: resources</comment>
        <translation>
            <numerusform>%n Res.</numerusform>
            <numerusform>%n Res.</numerusform>
        </translation>
    </message>
    <message>
        <source>None listed</source>
        <translation>Keine angegeben</translation>
    </message>
    <message>
        <source>%1 (signing key)</source>
        <translation>%1 (signierender Schlüssel)</translation>
    </message>
</context>
<context>
    <name>Keyport::AccessKeyResource</name>
    <message>
        <source>&quot;%1&quot; is not a resource: write it as DOMAIN/TYPE:NAME, e.g. sos/bucket:my-bucket.</source>
        <translation>„%1“ ist keine Ressource: Schreiben Sie sie als DOMÄNE/TYP:NAME, z. B. sos/bucket:my-bucket.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a resource: domain, type and name must all be given, as in sos/bucket:my-bucket.</source>
        <translation>„%1“ ist keine Ressource: Domäne, Typ und Name müssen alle angegeben werden, wie in sos/bucket:my-bucket.</translation>
    </message>
    <message>
        <source>Unknown resource domain &quot;%1&quot;: use &quot;sos&quot; (buckets) or &quot;partner&quot; (products).</source>
        <translation>Unbekannte Ressourcendomäne „%1“: Verwenden Sie „sos“ (Buckets) oder „partner“ (Produkte).</translation>
    </message>
    <message>
        <source>Resources of the domain &quot;%1&quot; are of the type &quot;%2&quot;, not &quot;%3&quot;.</source>
        <translation>Ressourcen der Domäne „%1“ sind vom Typ „%2“, nicht „%3“.</translation>
    </message>
    <message>
        <source>The resource needs a name.</source>
        <translation>Die Ressource benötigt einen Namen.</translation>
    </message>
    <message>
        <source>A product name cannot contain spaces or control characters.</source>
        <translation>Ein Produktname darf keine Leerzeichen oder Steuerzeichen enthalten.</translation>
    </message>
    <message numerus="yes">
        <source>A bucket name has 3 to 63 characters; &quot;%1&quot; has %n.</source>
        <translation>
            <numerusform>Ein Bucket-Name muss 3 bis 63 Zeichen lang sein; „%1“ hat %n.</numerusform>
            <numerusform>Ein Bucket-Name muss 3 bis 63 Zeichen lang sein; „%1“ hat %n.</numerusform>
        </translation>
    </message>
    <message>
        <source>A bucket name may hold only lower-case letters, digits, dots and hyphens.</source>
        <translation>Ein Bucket-Name darf nur Kleinbuchstaben, Ziffern, Punkte und Bindestriche enthalten.</translation>
    </message>
    <message>
        <source>A bucket name starts and ends with a letter or a digit.</source>
        <translation>Ein Bucket-Name muss mit einem Buchstaben oder einer Ziffer beginnen und enden.</translation>
    </message>
    <message>
        <source>A bucket name cannot look like an IP address.</source>
        <translation>Ein Bucket-Name darf nicht wie eine IP-Adresse aussehen.</translation>
    </message>
</context>
<context>
    <name>Keyport::AccessKeysPage</name>
    <message>
        <source>No key matches.</source>
        <translation>Kein Schlüssel passt.</translation>
    </message>
    <message>
        <source>C&amp;lear Search</source>
        <translation>Suche &amp;leeren</translation>
    </message>
    <message>
        <source>Search names, keys, tags, operations, resources</source>
        <translation>Namen, Schlüssel, Tags, Operationen, Ressourcen durchsuchen</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Suchen</translation>
    </message>
    <message>
        <source>All types</source>
        <translation>Alle Typen</translation>
    </message>
    <message>
        <source>Restricted</source>
        <translation>Eingeschränkt</translation>
    </message>
    <message>
        <source>Unrestricted</source>
        <translation>Uneingeschränkt</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Access keys</source>
        <translation>Zugangsschlüssel</translation>
    </message>
    <message>
        <source>Exoscale has not answered yet. Keyport keeps waiting; you can cancel, or try again.</source>
        <translation>Exoscale hat noch nicht geantwortet. Keyport wartet weiter; Sie können abbrechen oder es erneut versuchen.</translation>
    </message>
    <message>
        <source>Exoscale asked Keyport to wait before asking again: the list will be refreshed at %1.</source>
        <translation>Exoscale hat Keyport gebeten, mit der nächsten Anfrage zu warten: Die Liste wird um %1 aktualisiert.</translation>
    </message>
    <message>
        <source>This list is from %1 and may be out of date: loading was cancelled.</source>
        <translation>Stand dieser Liste: %1. Sie ist möglicherweise veraltet, da das Laden abgebrochen wurde.</translation>
    </message>
    <message>
        <source>This list is from %1 and may be out of date: the last refresh failed.</source>
        <translation>Stand dieser Liste: %1. Sie ist möglicherweise veraltet, da die letzte Aktualisierung fehlgeschlagen ist.</translation>
    </message>
    <message>
        <source>The key list could not be loaded: %1</source>
        <translation>Die Schlüsselliste konnte nicht geladen werden: %1</translation>
    </message>
    <message>
        <source>The key list could not be loaded either, for the same reason.</source>
        <translation>Auch die Schlüsselliste konnte aus demselben Grund nicht geladen werden.</translation>
    </message>
    <message>
        <source>The list of operations keys may be restricted to could not be loaded: %1</source>
        <translation>Die Liste der Operationen, auf die Schlüssel eingeschränkt werden können, konnte nicht geladen werden: %1</translation>
    </message>
    <message>
        <source>The list of operations keys may be restricted to could not be loaded either, for the same reason.</source>
        <translation>Auch die Liste der Operationen, auf die Schlüssel eingeschränkt werden können, konnte aus demselben Grund nicht geladen werden.</translation>
    </message>
    <message>
        <source>The signing key&apos;s own rights could not be listed: %1</source>
        <translation>Die eigenen Rechte des signierenden Schlüssels konnten nicht aufgelistet werden: %1</translation>
    </message>
    <message>
        <source>The signing key&apos;s own rights could not be listed either, for the same reason.</source>
        <translation>Auch die eigenen Rechte des signierenden Schlüssels konnten aus demselben Grund nicht aufgelistet werden.</translation>
    </message>
    <message>
        <source>This account signs with an IAM API key. Legacy access keys are created and revoked with a legacy access key: add an account that signs with one to manage them here. This account&apos;s API keys, roles and organization policy are in its other sections.</source>
        <translation>Dieses Konto signiert mit einem IAM-API-Schlüssel. Legacy-Zugangsschlüssel werden mit einem Legacy-Zugangsschlüssel erstellt und widerrufen: Fügen Sie ein Konto hinzu, das mit einem solchen signiert, um sie hier zu verwalten. Die API-Schlüssel, Rollen und die Organisationsrichtlinie dieses Kontos finden Sie in seinen anderen Abschnitten.</translation>
    </message>
</context>
<context>
    <name>Keyport::Account</name>
    <message>
        <source>The account needs a name.</source>
        <translation>Das Konto benötigt einen Namen.</translation>
    </message>
    <message>
        <source>An account name has at most 64 characters.</source>
        <translation>Ein Kontoname darf höchstens 64 Zeichen lang sein.</translation>
    </message>
    <message>
        <source>An account name cannot start or end with a space.</source>
        <translation>Ein Kontoname darf nicht mit einem Leerzeichen beginnen oder enden.</translation>
    </message>
    <message>
        <source>An account name cannot contain a slash.</source>
        <translation>Ein Kontoname darf keinen Schrägstrich enthalten.</translation>
    </message>
    <message>
        <source>An account name cannot contain control characters.</source>
        <translation>Ein Kontoname darf keine Steuerzeichen enthalten.</translation>
    </message>
    <message>
        <source>An account name cannot contain invisible characters that change the direction of the text.</source>
        <translation>Ein Kontoname darf keine unsichtbaren Zeichen enthalten, die die Schreibrichtung des Textes ändern.</translation>
    </message>
    <message>
        <source>The account needs an API key.</source>
        <translation>Das Konto benötigt einen API-Schlüssel.</translation>
    </message>
    <message>
        <source>An Exoscale API key is EXO followed by 24 hexadecimal digits (0-9, a-f).</source>
        <translation>Ein Exoscale-API-Schlüssel besteht aus EXO, gefolgt von 24 Hexadezimalziffern (0-9, a-f).</translation>
    </message>
</context>
<context>
    <name>Keyport::AccountSession</name>
    <message>
        <source>No secret store is available for the account&apos;s secret.</source>
        <translation>Für das Geheimnis des Kontos ist kein Geheimnisspeicher verfügbar.</translation>
    </message>
    <message>
        <source>The secret of the account %1 is not in %2. Remove the account and add it again with its secret.</source>
        <translation>Das Geheimnis des Kontos %1 ist %2 nicht vorhanden. Entfernen Sie das Konto und fügen Sie es mit seinem Geheimnis erneut hinzu.</translation>
    </message>
</context>
<context>
    <name>Keyport::AccountStatusBar</name>
    <message>
        <source>Loading</source>
        <translation>Wird geladen</translation>
    </message>
    <message>
        <source>No account</source>
        <translation>Kein Konto</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Refreshed at %1</source>
        <translation>Aktualisiert um %1</translation>
    </message>
    <message>
        <source>Signing key: an IAM API key (it cannot manage legacy access keys)</source>
        <translation>Signierender Schlüssel: ein IAM-API-Schlüssel (er kann keine Legacy-Zugangsschlüssel verwalten)</translation>
    </message>
    <message>
        <source>Signing key: rights unknown (the list of operations could not be loaded)</source>
        <translation>Signierender Schlüssel: Rechte unbekannt (die Operationsliste konnte nicht geladen werden)</translation>
    </message>
    <message numerus="yes">
        <source>Signing key: unrestricted, may grant all %n operation(s)</source>
        <translation>
            <numerusform>Signierender Schlüssel: uneingeschränkt, darf %n Operation gewähren</numerusform>
            <numerusform>Signierender Schlüssel: uneingeschränkt, darf alle %n Operationen gewähren</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Signing key: restricted, may grant %n operation(s)</source>
        <translation>
            <numerusform>Signierender Schlüssel: eingeschränkt, darf %n Operation gewähren</numerusform>
            <numerusform>Signierender Schlüssel: eingeschränkt, darf %n Operationen gewähren</numerusform>
        </translation>
    </message>
    <message>
        <source>Signing key: cannot list its own rights; every operation is offered</source>
        <translation>Signierender Schlüssel: kann seine eigenen Rechte nicht auflisten; alle Operationen werden angeboten</translation>
    </message>
    <message>
        <source>Signing key: unknown (the list could not be loaded); every operation is offered</source>
        <translation>Signierender Schlüssel: unbekannt (die Liste konnte nicht geladen werden); alle Operationen werden angeboten</translation>
    </message>
    <message>
        <source>Secrets: system keychain</source>
        <translation>Geheimnisse: System-Schlüsselbund</translation>
    </message>
    <message>
        <source>Secrets: this session only</source>
        <translation>Geheimnisse: nur für diese Sitzung</translation>
    </message>
    <message>
        <source>Demo mode: Keyport touches neither the system keychain nor its settings; secrets are kept in memory.</source>
        <translation>Demo-Modus: Keyport verändert weder den System-Schlüsselbund noch seine Einstellungen; Geheimnisse werden im Arbeitsspeicher gehalten.</translation>
    </message>
    <message>
        <source>The demo&apos;s keys exist only in its simulated server: their secrets are kept in memory and forgotten when Keyport quits.</source>
        <translation>Die Schlüssel der Demo existieren nur auf ihrem simulierten Server: Ihre Geheimnisse werden im Arbeitsspeicher gehalten und beim Beenden von Keyport vergessen.</translation>
    </message>
    <message>
        <source>The system keychain cannot be used: secrets are kept in memory and forgotten when Keyport quits.</source>
        <translation>Der System-Schlüsselbund kann nicht verwendet werden: Geheimnisse werden im Arbeitsspeicher gehalten und beim Beenden von Keyport vergessen.</translation>
    </message>
    <message>
        <source>Secrets are kept in the system keychain.</source>
        <translation>Geheimnisse werden im System-Schlüsselbund aufbewahrt.</translation>
    </message>
    <message numerus="yes">
        <source>%n secret(s) wait to be deleted from the system keychain once it can be used.</source>
        <translation>
            <numerusform>%n Geheimnis im System-Schlüsselbund wartet darauf, gelöscht zu werden, sobald dieser verwendet werden kann.</numerusform>
            <numerusform>%n Geheimnisse im System-Schlüsselbund warten darauf, gelöscht zu werden, sobald dieser verwendet werden kann.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Keyport::AccountStore</name>
    <message>
        <source>No secret store is available.</source>
        <translation>Es ist kein Geheimnisspeicher verfügbar.</translation>
    </message>
    <message>
        <source>There is already an account named &quot;%1&quot;.</source>
        <translation>Es gibt bereits ein Konto namens „%1“.</translation>
    </message>
    <message>
        <source>The account needs its API secret.</source>
        <translation>Das Konto benötigt sein API-Geheimnis.</translation>
    </message>
    <message>
        <source>There is no account named &quot;%1&quot;.</source>
        <translation>Es gibt kein Konto namens „%1“.</translation>
    </message>
    <message>
        <source>The key %1 of the account %2 cannot be stored.</source>
        <translation>Der Schlüssel %1 des Kontos %2 kann nicht gespeichert werden.</translation>
    </message>
    <message>
        <source>This is the key the account signs with: remove the account instead.</source>
        <translation>Mit diesem Schlüssel signiert das Konto: Entfernen Sie stattdessen das Konto.</translation>
    </message>
    <message numerus="yes">
        <source>%n secret(s) could not be deleted from the system keychain, which cannot be reached now. Keyport keeps their names (not the secrets) and deletes them as soon as the keychain can be used again.</source>
        <translation>
            <numerusform>%n Geheimnis im System-Schlüsselbund konnte nicht gelöscht werden, da dieser derzeit nicht erreichbar ist. Keyport merkt sich seinen Namen (nicht das Geheimnis) und löscht es, sobald der Schlüsselbund wieder verwendet werden kann.</numerusform>
            <numerusform>%n Geheimnisse im System-Schlüsselbund konnten nicht gelöscht werden, da dieser derzeit nicht erreichbar ist. Keyport merkt sich ihre Namen (nicht die Geheimnisse) und löscht sie, sobald der Schlüsselbund wieder verwendet werden kann.</numerusform>
        </translation>
    </message>
    <message>
        <source>Keyport holds no secret of the key %1.</source>
        <translation>Keyport verwahrt kein Geheimnis des Schlüssels %1.</translation>
    </message>
    <message>
        <source>The account of the EXOSCALE_API_KEY and EXOSCALE_API_SECRET variables cannot be edited: change the variables instead.</source>
        <translation>Das Konto aus den Variablen EXOSCALE_API_KEY und EXOSCALE_API_SECRET kann nicht bearbeitet werden: Ändern Sie stattdessen die Variablen.</translation>
    </message>
    <message>
        <source>The demo account cannot be edited.</source>
        <translation>Das Demo-Konto kann nicht bearbeitet werden.</translation>
    </message>
    <message>
        <source>Enter the secret of the new API key.</source>
        <translation>Geben Sie das Geheimnis des neuen API-Schlüssels ein.</translation>
    </message>
    <message>
        <source>The system keychain cannot be used now, and the change needs it: the account &quot;%1&quot; was not changed.</source>
        <translation>Der System-Schlüsselbund kann derzeit nicht verwendet werden, wird für die Änderung aber benötigt: Das Konto „%1“ wurde nicht geändert.</translation>
    </message>
    <message>
        <source>Keyport could not move the secrets of the account &quot;%1&quot;, so the account was not changed and no secret was lost. %2</source>
        <translation>Keyport konnte die Geheimnisse des Kontos „%1“ nicht verschieben; daher wurde das Konto nicht geändert, und kein Geheimnis ging verloren. %2</translation>
    </message>
    <message>
        <source>The account was changed by something else meanwhile.</source>
        <translation>Das Konto wurde zwischenzeitlich anderweitig geändert.</translation>
    </message>
</context>
<context>
    <name>Keyport::AccountTreeModel</name>
    <message>
        <source>Access keys</source>
        <translation>Zugangsschlüssel</translation>
    </message>
    <message>
        <source>API keys</source>
        <translation>API-Schlüssel</translation>
    </message>
    <message>
        <source>Roles</source>
        <translation>Rollen</translation>
    </message>
    <message>
        <source>Organization policy</source>
        <translation>Organisationsrichtlinie</translation>
    </message>
    <message>
        <source>legacy access key</source>
        <translation>Legacy-Zugangsschlüssel</translation>
    </message>
    <message>
        <source>IAM API key</source>
        <translation>IAM-API-Schlüssel</translation>
    </message>
    <message>
        <source>%1 of the account %2</source>
        <translation>%1 des Kontos %2</translation>
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
        <translation>%1 (aus der Umgebung)
%2</translation>
    </message>
    <message>
        <source>%1 (simulated)
%2</source>
        <translation>%1 (simuliert)
%2</translation>
    </message>
    <message>
        <source>%1 (this session only)
%2</source>
        <translation>%1 (nur für diese Sitzung)
%2</translation>
    </message>
    <message>
        <source>Account %1, %2</source>
        <translation>Konto %1, %2</translation>
    </message>
    <message>
        <source>Account %1, %2; signing key: %3</source>
        <translation>Konto %1, %2; signierender Schlüssel: %3</translation>
    </message>
</context>
<context>
    <name>Keyport::AccountsPane</name>
    <message>
        <source>Accounts</source>
        <translation>Konten</translation>
    </message>
    <message>
        <source>Add Account…</source>
        <translation>Konto hinzufügen …</translation>
    </message>
    <message>
        <source>Import from exo CLI…</source>
        <translation>Aus exo-CLI importieren …</translation>
    </message>
    <message>
        <source>A&amp;ccounts</source>
        <translation>&amp;Konten</translation>
    </message>
</context>
<context>
    <name>Keyport::AddAccountCommand</name>
    <message>
        <source>The account was not added: %1</source>
        <translation>Das Konto wurde nicht hinzugefügt: %1</translation>
    </message>
    <message>
        <source>Added the account %1.</source>
        <translation>Das Konto %1 wurde hinzugefügt.</translation>
    </message>
</context>
<context>
    <name>Keyport::AddAccountDialog</name>
    <message>
        <source>&amp;Zone:</source>
        <translation>&amp;Zone:</translation>
    </message>
    <message>
        <source>C&amp;ustom endpoint:</source>
        <translation>&amp;Eigener Endpunkt:</translation>
    </message>
    <message>
        <source>&amp;Test</source>
        <translation>&amp;Testen</translation>
    </message>
    <message>
        <source>Add Account</source>
        <translation>Konto hinzufügen</translation>
    </message>
    <message>
        <source>Show the secret</source>
        <translation>Geheimnis anzeigen</translation>
    </message>
    <message>
        <source>&amp;Add Account</source>
        <translation>Konto &amp;hinzufügen</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>API &amp;key:</source>
        <translation>API-&amp;Schlüssel:</translation>
    </message>
    <message>
        <source>API &amp;secret:</source>
        <translation>API-&amp;Geheimnis:</translation>
    </message>
    <message>
        <source>The secret is kept in the system keychain, never in a file.</source>
        <translation>Das Geheimnis wird im System-Schlüsselbund aufbewahrt, niemals in einer Datei.</translation>
    </message>
    <message>
        <source>There is already an account named &quot;%1&quot;.</source>
        <translation>Es gibt bereits ein Konto namens „%1“.</translation>
    </message>
    <message>
        <source>Enter the API secret.</source>
        <translation>Geben Sie das API-Geheimnis ein.</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Wird geprüft …</translation>
    </message>
    <message>
        <source>Test failed: %1</source>
        <translation>Test fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>I t&amp;rust this host with my requests</source>
        <translation>Ich &amp;vertraue diesem Host meine Anfragen an</translation>
    </message>
    <message>
        <source>Confirm that you trust %1 before Keyport sends it a request.</source>
        <translation>Bestätigen Sie, dass Sie %1 vertrauen, bevor Keyport eine Anfrage dorthin sendet.</translation>
    </message>
    <message>
        <source>Edit Account</source>
        <translation>Konto bearbeiten</translation>
    </message>
    <message>
        <source>Leave empty to keep the stored secret</source>
        <translation>Leer lassen, um das gespeicherte Geheimnis zu behalten</translation>
    </message>
    <message>
        <source>Zone</source>
        <translation>Zone</translation>
    </message>
    <message>
        <source>Custom endpoint URL</source>
        <translation>URL des eigenen Endpunkts</translation>
    </message>
    <message>
        <source>Sa&amp;ve Changes</source>
        <translation>Änderungen spei&amp;chern</translation>
    </message>
    <message>
        <source>Enter the secret of the new API key.</source>
        <translation>Geben Sie das Geheimnis des neuen API-Schlüssels ein.</translation>
    </message>
    <message>
        <source>To sign with another key, first enter that key&apos;s secret.</source>
        <translation>Um mit einem anderen Schlüssel zu signieren, geben Sie zuerst das Geheimnis dieses Schlüssels ein.</translation>
    </message>
</context>
<context>
    <name>Keyport::ApiJob</name>
    <message>
        <source>Keyport&apos;s network access is not available.</source>
        <translation>Der Netzwerkzugriff von Keyport ist nicht verfügbar.</translation>
    </message>
    <message numerus="yes">
        <source>the answer is larger than %n MiB</source>
        <translation>
            <numerusform>die Antwort ist größer als %n MiB</numerusform>
            <numerusform>die Antwort ist größer als %n MiB</numerusform>
        </translation>
    </message>
    <message>
        <source>The account&apos;s API key is not a valid Exoscale key id, so no request was sent.</source>
        <translation>Der API-Schlüssel des Kontos ist keine gültige Exoscale-Schlüssel-ID, daher wurde keine Anfrage gesendet.</translation>
    </message>
</context>
<context>
    <name>Keyport::ApiJson</name>
    <message>
        <source>the field &quot;%1&quot; is missing</source>
        <translation>das Feld „%1“ fehlt</translation>
    </message>
    <message>
        <source>the field &quot;%1&quot; is not a string</source>
        <translation>das Feld „%1“ ist keine Zeichenkette</translation>
    </message>
    <message>
        <source>the field &quot;%1&quot; is not a list</source>
        <translation>das Feld „%1“ ist keine Liste</translation>
    </message>
    <message>
        <source>the field &quot;%1&quot; holds something that is not a string</source>
        <translation>das Feld „%1“ enthält etwas, das keine Zeichenkette ist</translation>
    </message>
    <message>
        <source>invalid JSON at offset %1 (%2)</source>
        <translation>ungültiges JSON an Position %1 (%2)</translation>
    </message>
    <message>
        <source>expected a JSON object</source>
        <translation>JSON-Objekt erwartet</translation>
    </message>
    <message>
        <source>a resource is not an object</source>
        <translation>eine Ressource ist kein Objekt</translation>
    </message>
    <message>
        <source>in a resource, %1</source>
        <translation>in einer Ressource: %1</translation>
    </message>
    <message>
        <source>in an access key, %1</source>
        <translation>in einem Zugangsschlüssel: %1</translation>
    </message>
    <message>
        <source>an access key has an empty id</source>
        <translation>ein Zugangsschlüssel hat eine leere ID</translation>
    </message>
    <message>
        <source>in the access key %1, &quot;resources&quot; is not a list</source>
        <translation>im Zugangsschlüssel %1 ist „resources“ keine Liste</translation>
    </message>
    <message>
        <source>in the access key %1: %2</source>
        <translation>im Zugangsschlüssel %1: %2</translation>
    </message>
    <message>
        <source>the new key&apos;s secret is missing from the answer</source>
        <translation>in der Antwort fehlt das Geheimnis des neuen Schlüssels</translation>
    </message>
    <message>
        <source>an entry of the operation list is not an object</source>
        <translation>ein Eintrag der Operationsliste ist kein Objekt</translation>
    </message>
    <message>
        <source>in the operation list, %1</source>
        <translation>in der Operationsliste: %1</translation>
    </message>
    <message>
        <source>the operation list names an empty operation</source>
        <translation>die Operationsliste nennt eine leere Operation</translation>
    </message>
    <message>
        <source>in an operation, %1</source>
        <translation>in einer Operation: %1</translation>
    </message>
    <message>
        <source>the operation state &quot;%1&quot; is unknown</source>
        <translation>der Operationsstatus „%1“ ist unbekannt</translation>
    </message>
    <message>
        <source>in an operation&apos;s reference, %1</source>
        <translation>in der Referenz einer Operation: %1</translation>
    </message>
    <message>
        <source>an operation&apos;s reference is not an object</source>
        <translation>die Referenz einer Operation ist kein Objekt</translation>
    </message>
</context>
<context>
    <name>Keyport::ApiKeyCreatingPage</name>
    <message>
        <source>&amp;Delete This Key</source>
        <translation>Diesen Schlüssel &amp;löschen</translation>
    </message>
    <message>
        <source>Creating the API Key</source>
        <translation>API-Schlüssel wird erstellt</translation>
    </message>
    <message>
        <source>Creating</source>
        <translation>Wird erstellt</translation>
    </message>
    <message>
        <source>&amp;Back to Edit</source>
        <translation>Zurück zum &amp;Bearbeiten</translation>
    </message>
    <message>
        <source>&amp;Back to Review</source>
        <translation>Zurück zur Über&amp;prüfung</translation>
    </message>
    <message>
        <source>The API key was not created.
%1</source>
        <translation>Der API-Schlüssel wurde nicht erstellt.
%1</translation>
    </message>
    <message>
        <source>Exoscale did not answer (%1), and its list of API keys shows no new key named %2 on the role %3: nothing was created. You can try again.</source>
        <translation>Exoscale hat nicht geantwortet (%1), und seine Liste der API-Schlüssel zeigt keinen neuen Schlüssel namens %2 mit der Rolle %3: Es wurde nichts erstellt. Sie können es erneut versuchen.</translation>
    </message>
    <message>
        <source>Exoscale created the API key %1 (%2), but its answer was lost, and with it the key&apos;s secret: it cannot be shown again. Delete this key, then create it anew.</source>
        <translation>Exoscale hat den API-Schlüssel %1 (%2) erstellt, aber die Antwort ging verloren und mit ihr das Geheimnis des Schlüssels: Es kann nicht erneut angezeigt werden. Löschen Sie diesen Schlüssel und erstellen Sie ihn dann neu.</translation>
    </message>
    <message>
        <source>Exoscale did not answer, and Keyport could not check whether the API key was created: %1
Look for an API key named %2 in the list before trying again.</source>
        <translation>Exoscale hat nicht geantwortet, und Keyport konnte nicht prüfen, ob der API-Schlüssel erstellt wurde: %1
Suchen Sie in der Liste nach einem API-Schlüssel namens %2, bevor Sie es erneut versuchen.</translation>
    </message>
    <message>
        <source>The API key %1 was deleted. You can create the key again.</source>
        <translation>Der API-Schlüssel %1 wurde gelöscht. Sie können den Schlüssel erneut erstellen.</translation>
    </message>
</context>
<context>
    <name>Keyport::ApiKeyDeleteJob</name>
    <message>
        <source>&quot;%1&quot; is not an API key id (EXO followed by 24 hexadecimal digits).</source>
        <translation>„%1“ ist keine API-Schlüssel-ID (EXO gefolgt von 24 Hexadezimalziffern).</translation>
    </message>
</context>
<context>
    <name>Keyport::ApiKeyJob</name>
    <message>
        <source>&quot;%1&quot; is not an API key id (EXO followed by 24 hexadecimal digits).</source>
        <translation>„%1“ ist keine API-Schlüssel-ID (EXO gefolgt von 24 Hexadezimalziffern).</translation>
    </message>
    <message>
        <source>The API key was not created, and nothing was sent:
%1</source>
        <translation>Der API-Schlüssel wurde nicht erstellt, und es wurde nichts gesendet:
%1</translation>
    </message>
</context>
<context>
    <name>Keyport::ApiKeyModel</name>
    <message>
        <source>%1 (this account&apos;s key)</source>
        <translation>%1 (Schlüssel dieses Kontos)</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Schlüssel</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
</context>
<context>
    <name>Keyport::ApiKeyNamePage</name>
    <message>
        <source>Name and Role</source>
        <translation>Name und Rolle</translation>
    </message>
    <message>
        <source>Name the key after the program that will use it; its role says what it may do.</source>
        <translation>Benennen Sie den Schlüssel nach dem Programm, das ihn verwenden wird; seine Rolle legt fest, was er darf.</translation>
    </message>
    <message>
        <source>Na&amp;me:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Name:</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation>&amp;Rolle:</translation>
    </message>
    <message>
        <source>Role:</source>
        <translation>Rolle:</translation>
    </message>
    <message numerus="yes">
        <source>The name has %1 characters; at most %n are allowed.</source>
        <translation>
            <numerusform>Der Name hat %1 Zeichen; höchstens %n ist erlaubt.</numerusform>
            <numerusform>Der Name hat %1 Zeichen; höchstens %n sind erlaubt.</numerusform>
        </translation>
    </message>
    <message>
        <source>New Role…</source>
        <translation>Neue Rolle…</translation>
    </message>
    <message>
        <source>The role %1 grants everything: a key on it may do all that the organization policy allows, including creating and deleting other keys. Prefer a narrower role for programs.</source>
        <translation>Die Rolle %1 gewährt alles: Ein Schlüssel mit dieser Rolle darf alles, was die Organisationsrichtlinie erlaubt, einschließlich des Erstellens und Löschens anderer Schlüssel. Verwenden Sie für Programme besser eine enger gefasste Rolle.</translation>
    </message>
</context>
<context>
    <name>Keyport::ApiKeyReviewPage</name>
    <message>
        <source>C&amp;opy Command</source>
        <translation>Befehl &amp;kopieren</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>Überprüfung</translation>
    </message>
    <message>
        <source>Check the API key, then create it. Its secret is shown once, on the next page.</source>
        <translation>Prüfen Sie den API-Schlüssel und erstellen Sie ihn dann. Sein Geheimnis wird nur einmal angezeigt, auf der nächsten Seite.</translation>
    </message>
    <message>
        <source>&amp;Create API Key</source>
        <translation>API-Schlüssel &amp;erstellen</translation>
    </message>
    <message>
        <source>The same with the e&amp;xo CLI:</source>
        <translation>Dasselbe mit der e&amp;xo-CLI:</translation>
    </message>
    <message>
        <source>The same with the exo CLI:</source>
        <translation>Dasselbe mit der exo-CLI:</translation>
    </message>
    <message>
        <source>Name: %1
Role: %2</source>
        <translation>Name: %1
Rolle: %2</translation>
    </message>
    <message>
        <source>The role %1 grants everything: this key may do all that the organization policy allows.</source>
        <translation>Die Rolle %1 gewährt alles: Dieser Schlüssel darf alles, was die Organisationsrichtlinie erlaubt.</translation>
    </message>
</context>
<context>
    <name>Keyport::ApiKeyWizard</name>
    <message>
        <source>New API Key</source>
        <translation>Neuer API-Schlüssel</translation>
    </message>
</context>
<context>
    <name>Keyport::ApiKeysPage</name>
    <message>
        <source>&amp;Filter:</source>
        <translation>&amp;Filtern:</translation>
    </message>
    <message>
        <source>Name, key or role</source>
        <translation>Name, Schlüssel oder Rolle</translation>
    </message>
    <message>
        <source>Filter</source>
        <translation>Filtern</translation>
    </message>
    <message>
        <source>API keys</source>
        <translation>API-Schlüssel</translation>
    </message>
    <message>
        <source>Key:</source>
        <translation>Schlüssel:</translation>
    </message>
    <message>
        <source>Role:</source>
        <translation>Rolle:</translation>
    </message>
    <message>
        <source>What the role allows:</source>
        <translation>Was die Rolle erlaubt:</translation>
    </message>
    <message>
        <source>The API keys could not be loaded: %1</source>
        <translation>Die API-Schlüssel konnten nicht geladen werden: %1</translation>
    </message>
    <message>
        <source>Loading the API keys…</source>
        <translation>API-Schlüssel werden geladen…</translation>
    </message>
    <message>
        <source>Select an API key to see its details.</source>
        <translation>Wählen Sie einen API-Schlüssel aus, um seine Details zu sehen.</translation>
    </message>
    <message>
        <source>This account signs its requests with this key.</source>
        <translation>Dieses Konto signiert seine Anfragen mit diesem Schlüssel.</translation>
    </message>
    <message>
        <source>The role of this key is not listed: what it allows is not known.</source>
        <translation>Die Rolle dieses Schlüssels ist nicht aufgeführt: Was sie erlaubt, ist nicht bekannt.</translation>
    </message>
    <message>
        <source>The role %1 has no policy.</source>
        <translation>Die Rolle %1 hat keine Richtlinie.</translation>
    </message>
</context>
<context>
    <name>Keyport::AsyncOperationJob</name>
    <message>
        <source>Exoscale could not complete the operation (%1).</source>
        <translation>Exoscale konnte die Operation nicht abschließen (%1).</translation>
    </message>
    <message>
        <source>no reason given</source>
        <translation>kein Grund angegeben</translation>
    </message>
    <message>
        <source>Exoscale could not complete the operation: %1</source>
        <translation>Exoscale konnte die Operation nicht abschließen: %1</translation>
    </message>
    <message>
        <source>Exoscale gave up on the operation: it took too long on the server. Try again.</source>
        <translation>Exoscale hat die Operation abgebrochen: Sie dauerte auf dem Server zu lange. Versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>a pending operation has no id</source>
        <translation>eine ausstehende Operation hat keine ID</translation>
    </message>
    <message numerus="yes">
        <source>Exoscale has not finished the operation after %n minute(s); it may still complete. Refresh later to see the outcome.</source>
        <translation>
            <numerusform>Exoscale hat die Operation nach %n Minute noch nicht beendet; sie kann noch abgeschlossen werden. Aktualisieren Sie später, um das Ergebnis zu sehen.</numerusform>
            <numerusform>Exoscale hat die Operation nach %n Minuten noch nicht beendet; sie kann noch abgeschlossen werden. Aktualisieren Sie später, um das Ergebnis zu sehen.</numerusform>
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
            <numerusform>%n Tag</numerusform>
            <numerusform>%n Tags</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n operation(s)</source>
        <translation>
            <numerusform>%n Operation</numerusform>
            <numerusform>%n Operationen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n operation(s) in effect</source>
        <translation>
            <numerusform>%n Operation wirksam</numerusform>
            <numerusform>%n Operationen wirksam</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 — %n operation(s)</source>
        <translation>
            <numerusform>%1 — %n Operation</numerusform>
            <numerusform>%1 — %n Operationen</numerusform>
        </translation>
    </message>
    <message>
        <source>The tag %1: every operation below, and any Exoscale adds to it later.</source>
        <translation>Das Tag %1: alle Operationen darunter sowie alle, die Exoscale ihm später hinzufügt.</translation>
    </message>
    <message>
        <source>The signing key may not grant every operation of the tag %1.</source>
        <translation>Der signierende Schlüssel darf nicht alle Operationen des Tags %1 gewähren.</translation>
    </message>
    <message>
        <source>The signing key may not use %1, so it cannot grant it.</source>
        <translation>Der signierende Schlüssel darf %1 nicht verwenden und kann diese Operation daher nicht gewähren.</translation>
    </message>
    <message>
        <source>Included by the tag %1.</source>
        <translation>Im Tag %1 enthalten.</translation>
    </message>
    <message numerus="yes">
        <source>%1 — %n operation(s), not grantable by this signing key</source>
        <translation>
            <numerusform>%1 — %n Operation, von diesem signierenden Schlüssel nicht gewährbar</numerusform>
            <numerusform>%1 — %n Operationen, von diesem signierenden Schlüssel nicht gewährbar</numerusform>
        </translation>
    </message>
    <message>
        <source>The signing key may not grant every operation of the tag %1, so it cannot grant the tag. Untick it to go on.</source>
        <translation>Der signierende Schlüssel darf nicht alle Operationen des Tags %1 gewähren und kann das Tag daher nicht gewähren. Entfernen Sie das Häkchen, um fortzufahren.</translation>
    </message>
    <message>
        <source>%1 — not grantable by this signing key</source>
        <translation>%1 — von diesem signierenden Schlüssel nicht gewährbar</translation>
    </message>
    <message>
        <source>Included by the tag %1, which the signing key may not grant: it may not use %2.</source>
        <translation>Im Tag %1 enthalten, das der signierende Schlüssel nicht gewähren darf: Er darf %2 nicht verwenden.</translation>
    </message>
    <message>
        <source>The signing key may not use %1, so it cannot grant it. Untick it to go on.</source>
        <translation>Der signierende Schlüssel darf %1 nicht verwenden und kann diese Operation daher nicht gewähren. Entfernen Sie das Häkchen, um fortzufahren.</translation>
    </message>
</context>
<context>
    <name>Keyport::Cel::Activation</name>
    <message>
        <source>invalid timestamp for &apos;now&apos;</source>
        <translation>ungültiger Zeitstempel für &apos;now&apos;</translation>
    </message>
</context>
<context>
    <name>Keyport::Cel::Checker</name>
    <message>
        <source>&apos;%1&apos; cannot take a value of type &apos;%2&apos;</source>
        <translation>&apos;%1&apos; kann keinen Wert vom Typ &apos;%2&apos; annehmen</translation>
    </message>
    <message>
        <source>unknown name &apos;%1&apos;</source>
        <translation>unbekannter Name &apos;%1&apos;</translation>
    </message>
    <message>
        <source>no such overload for &apos;%1&apos; applied to (%2, %3)</source>
        <translation>keine passende Überladung für &apos;%1&apos; mit (%2, %3)</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is a function, not a method</source>
        <translation>&apos;%1&apos; ist eine Funktion, keine Methode</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is a method, not a function</source>
        <translation>&apos;%1&apos; ist eine Methode, keine Funktion</translation>
    </message>
    <message numerus="yes">
        <source>wrong number of arguments to &apos;%1&apos;: %n given</source>
        <translation>
            <numerusform>falsche Anzahl an Argumenten für &apos;%1&apos;: %n angegeben</numerusform>
            <numerusform>falsche Anzahl an Argumenten für &apos;%1&apos;: %n angegeben</numerusform>
        </translation>
    </message>
    <message>
        <source>unknown method &apos;%1&apos;</source>
        <translation>unbekannte Methode &apos;%1&apos;</translation>
    </message>
    <message>
        <source>unknown function &apos;%1&apos;</source>
        <translation>unbekannte Funktion &apos;%1&apos;</translation>
    </message>
    <message>
        <source>invalid regular expression: %1</source>
        <translation>ungültiger regulärer Ausdruck: %1</translation>
    </message>
</context>
<context>
    <name>Keyport::Cel::Evaluator</name>
    <message>
        <source>no such overload for &apos;%1&apos; applied to (%2)</source>
        <translation>keine passende Überladung für &apos;%1&apos; mit (%2)</translation>
    </message>
    <message>
        <source>integer overflow</source>
        <translation>Ganzzahlüberlauf</translation>
    </message>
    <message>
        <source>timestamp out of range</source>
        <translation>Zeitstempel außerhalb des gültigen Bereichs</translation>
    </message>
    <message>
        <source>duration out of range</source>
        <translation>Dauer außerhalb des gültigen Bereichs</translation>
    </message>
    <message>
        <source>division by zero</source>
        <translation>Division durch null</translation>
    </message>
    <message>
        <source>modulus by zero</source>
        <translation>Modulo durch null</translation>
    </message>
    <message>
        <source>string too long</source>
        <translation>Zeichenkette zu lang</translation>
    </message>
    <message>
        <source>bytes too long</source>
        <translation>Bytefolge zu lang</translation>
    </message>
    <message>
        <source>list too long</source>
        <translation>Liste zu lang</translation>
    </message>
    <message>
        <source>int conversion out of range</source>
        <translation>int-Umwandlung außerhalb des gültigen Bereichs</translation>
    </message>
    <message>
        <source>cannot convert &apos;%1&apos; to int</source>
        <translation>&apos;%1&apos; kann nicht in int umgewandelt werden</translation>
    </message>
    <message>
        <source>uint conversion out of range</source>
        <translation>uint-Umwandlung außerhalb des gültigen Bereichs</translation>
    </message>
    <message>
        <source>cannot convert &apos;%1&apos; to uint</source>
        <translation>&apos;%1&apos; kann nicht in uint umgewandelt werden</translation>
    </message>
    <message>
        <source>cannot convert &apos;%1&apos; to double</source>
        <translation>&apos;%1&apos; kann nicht in double umgewandelt werden</translation>
    </message>
    <message>
        <source>invalid UTF-8 in bytes</source>
        <translation>ungültiges UTF-8 in Bytes</translation>
    </message>
    <message>
        <source>cannot convert &apos;%1&apos; to bool</source>
        <translation>&apos;%1&apos; kann nicht in bool umgewandelt werden</translation>
    </message>
    <message>
        <source>cannot convert &apos;%1&apos; to timestamp</source>
        <translation>&apos;%1&apos; kann nicht in timestamp umgewandelt werden</translation>
    </message>
    <message>
        <source>cannot convert &apos;%1&apos; to duration</source>
        <translation>&apos;%1&apos; kann nicht in duration umgewandelt werden</translation>
    </message>
    <message>
        <source>unknown time zone &apos;%1&apos;</source>
        <translation>unbekannte Zeitzone &apos;%1&apos;</translation>
    </message>
    <message>
        <source>no such key: %1</source>
        <translation>Schlüssel nicht vorhanden: %1</translation>
    </message>
    <message>
        <source>undeclared reference to &apos;%1&apos;</source>
        <translation>nicht deklarierter Verweis auf &apos;%1&apos;</translation>
    </message>
    <message>
        <source>type &apos;%1&apos; does not support field selection</source>
        <translation>Typ &apos;%1&apos; unterstützt keine Feldauswahl</translation>
    </message>
    <message>
        <source>no such key: &apos;%1&apos;</source>
        <translation>Schlüssel nicht vorhanden: &apos;%1&apos;</translation>
    </message>
    <message>
        <source>type &apos;%1&apos; does not support field presence tests</source>
        <translation>Typ &apos;%1&apos; unterstützt keine Prüfung auf Feldvorhandensein</translation>
    </message>
    <message>
        <source>invalid list index %1</source>
        <translation>ungültiger Listenindex %1</translation>
    </message>
    <message>
        <source>index out of range: %1</source>
        <translation>Index außerhalb des gültigen Bereichs: %1</translation>
    </message>
    <message numerus="yes">
        <source>no such overload for &apos;%1&apos; with %n argument(s)</source>
        <translation>
            <numerusform>keine passende Überladung für &apos;%1&apos; mit %n Argument</numerusform>
            <numerusform>keine passende Überladung für &apos;%1&apos; mit %n Argumenten</numerusform>
        </translation>
    </message>
    <message>
        <source>no such function &apos;%1&apos;</source>
        <translation>keine Funktion &apos;%1&apos; vorhanden</translation>
    </message>
    <message>
        <source>invalid regular expression: %1</source>
        <translation>ungültiger regulärer Ausdruck: %1</translation>
    </message>
    <message>
        <source>unsupported key type &apos;%1&apos;</source>
        <translation>nicht unterstützter Schlüsseltyp &apos;%1&apos;</translation>
    </message>
    <message>
        <source>duplicate key %1 in map literal</source>
        <translation>doppelter Schlüssel %1 im Map-Literal</translation>
    </message>
    <message>
        <source>predicate of a macro must be a bool, not &apos;%1&apos;</source>
        <translation>das Prädikat eines Makros muss ein bool sein, nicht &apos;%1&apos;</translation>
    </message>
    <message numerus="yes">
        <source>evaluation exceeded %n macro iterations</source>
        <translation>
            <numerusform>Auswertung hat %n Makro-Iteration überschritten</numerusform>
            <numerusform>Auswertung hat %n Makro-Iterationen überschritten</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Keyport::Cel::Expression</name>
    <message>
        <source>empty expression</source>
        <translation>leerer Ausdruck</translation>
    </message>
</context>
<context>
    <name>Keyport::Cel::IpRange</name>
    <message>
        <source>invalid IP range &apos;%1&apos;</source>
        <translation>ungültiger IP-Bereich &apos;%1&apos;</translation>
    </message>
    <message>
        <source>invalid IP address &apos;%1&apos;</source>
        <translation>ungültige IP-Adresse &apos;%1&apos;</translation>
    </message>
</context>
<context>
    <name>Keyport::Cel::Lexer</name>
    <message>
        <source>unexpected character U+0000</source>
        <translation>unerwartetes Zeichen U+0000</translation>
    </message>
    <message>
        <source>unexpected character &apos;%1&apos;</source>
        <translation>unerwartetes Zeichen &apos;%1&apos;</translation>
    </message>
    <message>
        <source>invalid hexadecimal literal</source>
        <translation>ungültiges Hexadezimal-Literal</translation>
    </message>
    <message>
        <source>invalid number literal</source>
        <translation>ungültiges Zahlenliteral</translation>
    </message>
    <message>
        <source>invalid exponent in number literal</source>
        <translation>ungültiger Exponent im Zahlenliteral</translation>
    </message>
    <message>
        <source>unterminated string literal</source>
        <translation>nicht abgeschlossenes Zeichenkettenliteral</translation>
    </message>
    <message>
        <source>unicode escape in a bytes literal</source>
        <translation>Unicode-Escape in einem Bytes-Literal</translation>
    </message>
    <message>
        <source>invalid escape sequence</source>
        <translation>ungültige Escape-Sequenz</translation>
    </message>
    <message>
        <source>invalid code point in escape sequence</source>
        <translation>ungültiger Codepunkt in Escape-Sequenz</translation>
    </message>
    <message>
        <source>invalid octal escape sequence</source>
        <translation>ungültige oktale Escape-Sequenz</translation>
    </message>
</context>
<context>
    <name>Keyport::Cel::Parser</name>
    <message numerus="yes">
        <source>expression longer than %n characters</source>
        <translation>
            <numerusform>Ausdruck länger als %n Zeichen</numerusform>
            <numerusform>Ausdruck länger als %n Zeichen</numerusform>
        </translation>
    </message>
    <message>
        <source>expected %1</source>
        <translation>%1 erwartet</translation>
    </message>
    <message>
        <source>unexpected end of expression</source>
        <translation>unerwartetes Ende des Ausdrucks</translation>
    </message>
    <message>
        <source>reserved identifier &apos;%1&apos;</source>
        <translation>reservierter Bezeichner &apos;%1&apos;</translation>
    </message>
    <message>
        <source>unexpected token</source>
        <translation>unerwartetes Token</translation>
    </message>
    <message>
        <source>expression nested too deeply</source>
        <translation>Ausdruck zu tief verschachtelt</translation>
    </message>
    <message>
        <source>integer literal out of range</source>
        <translation>Ganzzahlliteral außerhalb des gültigen Bereichs</translation>
    </message>
    <message>
        <source>expected a field name</source>
        <translation>Feldname erwartet</translation>
    </message>
    <message>
        <source>message construction is not supported</source>
        <translation>Nachrichtenkonstruktion wird nicht unterstützt</translation>
    </message>
    <message>
        <source>expected a name</source>
        <translation>Name erwartet</translation>
    </message>
    <message>
        <source>invalid argument to has() macro</source>
        <translation>ungültiges Argument für das Makro has()</translation>
    </message>
    <message>
        <source>argument must be a simple name</source>
        <translation>Argument muss ein einfacher Name sein</translation>
    </message>
</context>
<context>
    <name>Keyport::Cel::Value</name>
    <message>
        <source>timestamp nanoseconds out of range</source>
        <translation>Nanosekunden des Zeitstempels außerhalb des gültigen Bereichs</translation>
    </message>
    <message>
        <source>timestamp out of range</source>
        <translation>Zeitstempel außerhalb des gültigen Bereichs</translation>
    </message>
    <message>
        <source>invalid timestamp</source>
        <translation>ungültiger Zeitstempel</translation>
    </message>
    <message>
        <source>duration nanoseconds out of range</source>
        <translation>Nanosekunden der Dauer außerhalb des gültigen Bereichs</translation>
    </message>
    <message>
        <source>duration out of range</source>
        <translation>Dauer außerhalb des gültigen Bereichs</translation>
    </message>
</context>
<context>
    <name>Keyport::CheckCredentialsJob</name>
    <message>
        <source>Keyport has no network access.</source>
        <translation>Keyport hat keinen Netzwerkzugriff.</translation>
    </message>
    <message>
        <source>The key works: it is an IAM API key. Keyport manages legacy access keys; IAM API keys and their roles come in a later version.</source>
        <translation>Der Schlüssel funktioniert: Es ist ein IAM-API-Schlüssel. Keyport verwaltet Legacy-Zugangsschlüssel; IAM-API-Schlüssel und ihre Rollen folgen in einer späteren Version.</translation>
    </message>
    <message>
        <source>The key works. It is a legacy access key, but it may not list its own operations, so Keyport cannot tell what it may do.</source>
        <translation>Der Schlüssel funktioniert. Es ist ein Legacy-Zugangsschlüssel, der seine eigenen Operationen jedoch nicht auflisten darf; daher kann Keyport nicht feststellen, was er tun darf.</translation>
    </message>
    <message numerus="yes">
        <source>The key works. It is an unrestricted legacy access key: it may use all %n operation(s).</source>
        <translation>
            <numerusform>Der Schlüssel funktioniert. Es ist ein uneingeschränkter Legacy-Zugangsschlüssel: Er darf %n Operation verwenden.</numerusform>
            <numerusform>Der Schlüssel funktioniert. Es ist ein uneingeschränkter Legacy-Zugangsschlüssel: Er darf alle %n Operationen verwenden.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The key works. It is a legacy access key, restricted to %n operation(s).</source>
        <translation>
            <numerusform>Der Schlüssel funktioniert. Es ist ein Legacy-Zugangsschlüssel, eingeschränkt auf %n Operation.</numerusform>
            <numerusform>Der Schlüssel funktioniert. Es ist ein Legacy-Zugangsschlüssel, eingeschränkt auf %n Operationen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The key works. It is a legacy access key, restricted to %1 of %n operation(s), every operation tagged %2 included.</source>
        <translation>
            <numerusform>Der Schlüssel funktioniert. Es ist ein Legacy-Zugangsschlüssel, eingeschränkt auf %1 von %n Operation, einschließlich aller mit %2 getaggten Operationen.</numerusform>
            <numerusform>Der Schlüssel funktioniert. Es ist ein Legacy-Zugangsschlüssel, eingeschränkt auf %1 von %n Operationen, einschließlich aller mit %2 getaggten Operationen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The key works. It is a legacy access key, restricted to %1 of %n operation(s).</source>
        <translation>
            <numerusform>Der Schlüssel funktioniert. Es ist ein Legacy-Zugangsschlüssel, eingeschränkt auf %1 von %n Operation.</numerusform>
            <numerusform>Der Schlüssel funktioniert. Es ist ein Legacy-Zugangsschlüssel, eingeschränkt auf %1 von %n Operationen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Keyport could not find out whether the key works.</source>
        <translation>Keyport konnte nicht feststellen, ob der Schlüssel funktioniert.</translation>
    </message>
</context>
<context>
    <name>Keyport::CheckKeychainCommand</name>
    <message>
        <source>The system keychain can be used again.</source>
        <translation>Der System-Schlüsselbund kann wieder verwendet werden.</translation>
    </message>
    <message>
        <source>System Keychain Unavailable</source>
        <translation>System-Schlüsselbund nicht verfügbar</translation>
    </message>
    <message>
        <source>Keyport cannot use the system keychain: %1

Until it can, Keyport keeps secrets in memory only: they are forgotten when Keyport quits, and accounts added now are kept for this session only. If you can unlock the keychain, do so and try again.</source>
        <translation>Keyport kann den System-Schlüsselbund nicht verwenden: %1

Bis das wieder möglich ist, behält Keyport Geheimnisse nur im Arbeitsspeicher: Sie gehen beim Beenden von Keyport verloren, und jetzt hinzugefügte Konten gelten nur für diese Sitzung. Wenn Sie den Schlüsselbund entsperren können, tun Sie das und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>Keep Secrets for This Session</source>
        <translation>Geheimnisse für diese Sitzung behalten</translation>
    </message>
    <message>
        <source>Try Again</source>
        <translation>Erneut versuchen</translation>
    </message>
    <message numerus="yes">
        <source>Deleted %n secret(s) that were left in the system keychain.</source>
        <translation>
            <numerusform>%n im System-Schlüsselbund verbliebenes Geheimnis wurde gelöscht.</numerusform>
            <numerusform>%n im System-Schlüsselbund verbliebene Geheimnisse wurden gelöscht.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Keyport::CopyKeyIdCommand</name>
    <message>
        <source>Copied the key ID %1.</source>
        <translation>Die Schlüssel-ID %1 wurde kopiert.</translation>
    </message>
</context>
<context>
    <name>Keyport::CopySecretCommand</name>
    <message>
        <source>The secret of %1 cannot be read: %2</source>
        <translation>Das Geheimnis von %1 kann nicht gelesen werden: %2</translation>
    </message>
    <message numerus="yes">
        <source>Copied the secret of %1; the clipboard will be cleared in %n second(s).</source>
        <translation>
            <numerusform>Das Geheimnis von %1 wurde kopiert; die Zwischenablage wird in %n Sekunde geleert.</numerusform>
            <numerusform>Das Geheimnis von %1 wurde kopiert; die Zwischenablage wird in %n Sekunden geleert.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Keyport::CreateApiKeyFlow</name>
    <message>
        <source>The account is not open.</source>
        <translation>Das Konto ist nicht geöffnet.</translation>
    </message>
    <message>
        <source>Creating the API key %1…</source>
        <translation>API-Schlüssel %1 wird erstellt…</translation>
    </message>
    <message>
        <source>No answer came; checking whether the API key was created…</source>
        <translation>Es kam keine Antwort; es wird geprüft, ob der API-Schlüssel erstellt wurde…</translation>
    </message>
</context>
<context>
    <name>Keyport::CreateCredentialFlow</name>
    <message>
        <source>The account was closed.</source>
        <translation>Das Konto wurde geschlossen.</translation>
    </message>
    <message>
        <source>Saving the secret in %1…</source>
        <translation>Das Geheimnis wird in %1 gespeichert…</translation>
    </message>
</context>
<context>
    <name>Keyport::CreateKeyFlow</name>
    <message>
        <source>The account is not open.</source>
        <translation>Das Konto ist nicht geöffnet.</translation>
    </message>
    <message>
        <source>Creating the key %1…</source>
        <translation>Schlüssel %1 wird erstellt …</translation>
    </message>
    <message>
        <source>No answer came; checking whether the key was created…</source>
        <translation>Keine Antwort erhalten; es wird geprüft, ob der Schlüssel erstellt wurde …</translation>
    </message>
</context>
<context>
    <name>Keyport::CreatingPage</name>
    <message>
        <source>&amp;Back to Edit</source>
        <translation>Zurück zur B&amp;earbeitung</translation>
    </message>
    <message>
        <source>&amp;Revoke This Key</source>
        <translation>&amp;Diesen Schlüssel widerrufen</translation>
    </message>
    <message>
        <source>Creating the Key</source>
        <translation>Schlüssel wird erstellt</translation>
    </message>
    <message>
        <source>Creating</source>
        <translation>Wird erstellt</translation>
    </message>
    <message>
        <source>&amp;Back to Review</source>
        <translation>Zurück zur Über&amp;prüfung</translation>
    </message>
    <message>
        <source>The key was not created.
%1</source>
        <translation>Der Schlüssel wurde nicht erstellt.
%1</translation>
    </message>
    <message>
        <source>Exoscale did not answer (%1), and its key list shows no new key named %2: nothing was created. You can try again.</source>
        <translation>Exoscale hat nicht geantwortet (%1), und die Schlüsselliste zeigt keinen neuen Schlüssel namens %2: Es wurde nichts erstellt. Sie können es erneut versuchen.</translation>
    </message>
    <message>
        <source>Exoscale created the key %1 (%2), but its answer was lost, and with it the key&apos;s secret: it cannot be shown again. Revoke this key, then create it anew.</source>
        <translation>Exoscale hat den Schlüssel %1 (%2) erstellt, aber die Antwort ging verloren und mit ihr das Geheimnis des Schlüssels: Es kann nicht erneut angezeigt werden. Widerrufen Sie diesen Schlüssel und erstellen Sie ihn dann neu.</translation>
    </message>
    <message>
        <source>Exoscale did not answer, and Keyport could not check whether the key was created: %1
Look for a key named %2 in the list before trying again.</source>
        <translation>Exoscale hat nicht geantwortet, und Keyport konnte nicht prüfen, ob der Schlüssel erstellt wurde: %1
Suchen Sie in der Liste nach einem Schlüssel namens %2, bevor Sie es erneut versuchen.</translation>
    </message>
    <message>
        <source>The key %1 was revoked. You can create the key again.</source>
        <translation>Der Schlüssel %1 wurde widerrufen. Sie können den Schlüssel erneut erstellen.</translation>
    </message>
</context>
<context>
    <name>Keyport::DeleteApiKeysDialog</name>
    <message>
        <source>Delete API Key</source>
        <translation>API-Schlüssel löschen</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n API Keys</source>
        <translation>
            <numerusform>%n API-Schlüssel löschen</numerusform>
            <numerusform>%n API-Schlüssel löschen</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete the API key %1 (%2)?</source>
        <translation>Den API-Schlüssel %1 (%2) löschen?</translation>
    </message>
    <message numerus="yes">
        <source>Delete these %n API keys?</source>
        <translation>
            <numerusform>%n API-Schlüssel löschen?</numerusform>
            <numerusform>Diese %n API-Schlüssel löschen?</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;API key to delete</source>
        <translation>Zu löschender &amp;API-Schlüssel</translation>
    </message>
    <message>
        <source>&amp;API keys to delete</source>
        <translation>Zu löschende &amp;API-Schlüssel</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
    <message numerus="yes">
        <source>Deletion is immediate and cannot be undone. Programs that use these %n API key(s) stop working at once. Their roles stay, with the other keys and the people bound to them.</source>
        <translation>
            <numerusform>Das Löschen erfolgt sofort und kann nicht rückgängig gemacht werden. Programme, die diesen API-Schlüssel verwenden, funktionieren ab sofort nicht mehr. Seine Rolle bleibt bestehen, mit den anderen Schlüsseln und den Personen, die ihr zugeordnet sind.</numerusform>
            <numerusform>Das Löschen erfolgt sofort und kann nicht rückgängig gemacht werden. Programme, die diese %n API-Schlüssel verwenden, funktionieren ab sofort nicht mehr. Ihre Rollen bleiben bestehen, mit den anderen Schlüsseln und den Personen, die ihnen zugeordnet sind.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 is the API key this account signs with. Once it is deleted, Keyport can no longer use this account: to go on, add the account again with another key.</source>
        <translation>%1 ist der API-Schlüssel, mit dem dieses Konto signiert. Sobald er gelöscht ist, kann Keyport dieses Konto nicht mehr verwenden: Um weiterzumachen, fügen Sie das Konto mit einem anderen Schlüssel erneut hinzu.</translation>
    </message>
    <message>
        <source>%1 is the API key this account signs with. It is deleted last, after the other keys. Once it is deleted, Keyport can no longer use this account: to go on, add the account again with another key.</source>
        <translation>%1 ist der API-Schlüssel, mit dem dieses Konto signiert. Er wird zuletzt gelöscht, nach den anderen Schlüsseln. Sobald er gelöscht ist, kann Keyport dieses Konto nicht mehr verwenden: Um weiterzumachen, fügen Sie das Konto mit einem anderen Schlüssel erneut hinzu.</translation>
    </message>
    <message>
        <source>Deleting…</source>
        <translation>Wird gelöscht…</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>Gelöscht</translation>
    </message>
    <message>
        <source>Deleted. %1</source>
        <translation>Gelöscht. %1</translation>
    </message>
    <message>
        <source>Not deleted: %1</source>
        <translation>Nicht gelöscht: %1</translation>
    </message>
    <message numerus="yes">
        <source>Deleting: %1 of %n API key(s) done.</source>
        <translation>
            <numerusform>Löschen läuft: %1 von %n API-Schlüssel erledigt.</numerusform>
            <numerusform>Löschen läuft: %1 von %n API-Schlüsseln erledigt.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Deleting: %1 of %n API key(s) done. Checking whether Exoscale deleted the others…</source>
        <translation>
            <numerusform>Löschen läuft: %1 von %n API-Schlüssel erledigt. Es wird geprüft, ob Exoscale die anderen gelöscht hat…</numerusform>
            <numerusform>Löschen läuft: %1 von %n API-Schlüsseln erledigt. Es wird geprüft, ob Exoscale die anderen gelöscht hat…</numerusform>
        </translation>
    </message>
    <message>
        <source>The deletion was stopped before it finished. Refresh the list of API keys to see which are gone.</source>
        <translation>Das Löschen wurde vor dem Ende abgebrochen. Aktualisieren Sie die Liste der API-Schlüssel, um zu sehen, welche gelöscht sind.</translation>
    </message>
    <message>
        <source>You stopped the deletion.</source>
        <translation>Sie haben das Löschen abgebrochen.</translation>
    </message>
    <message numerus="yes">
        <source>%n API key(s) deleted.</source>
        <translation>
            <numerusform>%n API-Schlüssel gelöscht.</numerusform>
            <numerusform>%n API-Schlüssel gelöscht.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n API key(s) not deleted; they stay in the list.</source>
        <translation>
            <numerusform>%n API-Schlüssel wurde nicht gelöscht; er bleibt in der Liste.</numerusform>
            <numerusform>%n API-Schlüssel wurden nicht gelöscht; sie bleiben in der Liste.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n API key(s) in an unknown state: Keyport could not find out whether Exoscale deleted them. They stay in the list; refresh it later.</source>
        <translation>
            <numerusform>%n API-Schlüssel in unbekanntem Zustand: Keyport konnte nicht herausfinden, ob Exoscale ihn gelöscht hat. Er bleibt in der Liste; aktualisieren Sie sie später.</numerusform>
            <numerusform>%n API-Schlüssel in unbekanntem Zustand: Keyport konnte nicht herausfinden, ob Exoscale sie gelöscht hat. Sie bleiben in der Liste; aktualisieren Sie sie später.</numerusform>
        </translation>
    </message>
    <message>
        <source>Every API key was deleted, but not every stored secret could be deleted.</source>
        <translation>Jeder API-Schlüssel wurde gelöscht, aber nicht jedes gespeicherte Geheimnis konnte gelöscht werden.</translation>
    </message>
</context>
<context>
    <name>Keyport::DeleteApiKeysFlow</name>
    <message>
        <source>Keyport stopped waiting before Exoscale confirmed the deletion.</source>
        <translation>Keyport hat aufgehört zu warten, bevor Exoscale das Löschen bestätigt hat.</translation>
    </message>
    <message>
        <source>The deletion was stopped before this API key&apos;s turn; nothing was sent.</source>
        <translation>Das Löschen wurde abgebrochen, bevor dieser API-Schlüssel an der Reihe war; nichts wurde gesendet.</translation>
    </message>
    <message>
        <source>Keyport cannot sign requests for this account yet, so the API key was not deleted. Try again once the list of API keys has loaded.</source>
        <translation>Keyport kann für dieses Konto noch keine Anfragen signieren, daher wurde der API-Schlüssel nicht gelöscht. Versuchen Sie es erneut, sobald die Liste der API-Schlüssel geladen ist.</translation>
    </message>
    <message>
        <source>You stopped the deletion before Exoscale confirmed it.</source>
        <translation>Sie haben das Löschen abgebrochen, bevor Exoscale es bestätigt hat.</translation>
    </message>
    <message>
        <source>Exoscale accepted the deletion, but Keyport could not follow it to the end: %1</source>
        <translation>Exoscale hat das Löschen angenommen, aber Keyport konnte es nicht bis zum Ende verfolgen: %1</translation>
    </message>
    <message>
        <source>%1 Exoscale accepted the deletion but has not finished it: the API key is still listed. Refresh the list later to see whether it is gone.</source>
        <translation>%1 Exoscale hat das Löschen angenommen, aber noch nicht abgeschlossen: Der API-Schlüssel ist noch aufgeführt. Aktualisieren Sie die Liste später, um zu sehen, ob er gelöscht ist.</translation>
    </message>
    <message>
        <source>%1 The API key is still listed: Exoscale did not delete it.</source>
        <translation>%1 Der API-Schlüssel ist noch aufgeführt: Exoscale hat ihn nicht gelöscht.</translation>
    </message>
</context>
<context>
    <name>Keyport::DeleteRoleCommand</name>
    <message>
        <source>The role %1 cannot be deleted: it is not editable.</source>
        <translation>Die Rolle %1 kann nicht gelöscht werden: Sie ist nicht bearbeitbar.</translation>
    </message>
    <message>
        <source>Delete Role</source>
        <translation>Rolle löschen</translation>
    </message>
    <message>
        <source>The account was closed before the role %1 was deleted.</source>
        <translation>Das Konto wurde geschlossen, bevor die Rolle %1 gelöscht wurde.</translation>
    </message>
    <message>
        <source>The role %1 was not deleted: %2</source>
        <translation>Die Rolle %1 wurde nicht gelöscht: %2</translation>
    </message>
    <message>
        <source>The role %1 was deleted.</source>
        <translation>Die Rolle %1 wurde gelöscht.</translation>
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
        <translation>Der lokale Server der Demo kann nicht gestartet werden: %1</translation>
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
        <translation>Das Konto %1 wurde geändert, aber noch nicht alle seine alten Einträge konnten aus dem System-Schlüsselbund gelöscht werden: %2</translation>
    </message>
    <message>
        <source>The account was not changed: %1</source>
        <translation>Das Konto wurde nicht geändert: %1</translation>
    </message>
    <message>
        <source>Saved the changes to the account %1.</source>
        <translation>Die Änderungen am Konto %1 wurden gespeichert.</translation>
    </message>
</context>
<context>
    <name>Keyport::EditOrganizationPolicyCommand</name>
    <message>
        <source>The organization policy cannot be edited: it could not be read. %1</source>
        <translation>Die Organisationsrichtlinie kann nicht bearbeitet werden: Sie konnte nicht gelesen werden. %1</translation>
    </message>
    <message>
        <source>Test Bench</source>
        <translation>Testumgebung</translation>
    </message>
    <message>
        <source>Save Policy</source>
        <translation>Richtlinie speichern</translation>
    </message>
    <message>
        <source>The organization policy was not saved: the old policy still applies. %1</source>
        <translation>Die Organisationsrichtlinie wurde nicht gespeichert: Die bisherige Richtlinie gilt weiterhin. %1</translation>
    </message>
    <message>
        <source>The organization policy was saved.</source>
        <translation>Die Organisationsrichtlinie wurde gespeichert.</translation>
    </message>
</context>
<context>
    <name>Keyport::Endpoint</name>
    <message>
        <source>&quot;%1&quot; is not a zone name such as ch-gva-2.</source>
        <translation>„%1“ ist kein Zonenname wie ch-gva-2.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid API environment name.</source>
        <translation>„%1“ ist kein gültiger Name einer API-Umgebung.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an API address such as https://api-ch-gva-2.exoscale.com/v2.</source>
        <translation>„%1“ ist keine API-Adresse wie https://api-ch-gva-2.exoscale.com/v2.</translation>
    </message>
    <message>
        <source>An API address has no query, fragment or user name: &quot;%1&quot;.</source>
        <translation>Eine API-Adresse enthält keine Abfrage, kein Fragment und keinen Benutzernamen: „%1“.</translation>
    </message>
    <message>
        <source>The address %1 uses plain HTTP, which would expose every request. Use https://; plain HTTP is only accepted on this computer&apos;s own (loopback) addresses.</source>
        <translation>Die Adresse %1 verwendet unverschlüsseltes HTTP, wodurch jede Anfrage offengelegt würde. Verwenden Sie https://; unverschlüsseltes HTTP wird nur für die eigenen (Loopback-)Adressen dieses Computers akzeptiert.</translation>
    </message>
    <message numerus="yes">
        <source>%1 is not an Exoscale API host. Keyport&apos;s signature on a request does not cover the host it is sent to, so %1 could send your requests on to Exoscale and act with your key for up to %n minute(s) after each one. Use this address only if you trust whoever runs it.</source>
        <translation>
            <numerusform>%1 ist kein Exoscale-API-Host. Die Signatur, die Keyport einer Anfrage beifügt, deckt den Host nicht ab, an den sie gesendet wird; daher könnte %1 Ihre Anfragen an Exoscale weiterleiten und nach jeder Anfrage bis zu %n Minute lang mit Ihrem Schlüssel handeln. Verwenden Sie diese Adresse nur, wenn Sie dem Betreiber vertrauen.</numerusform>
            <numerusform>%1 ist kein Exoscale-API-Host. Die Signatur, die Keyport einer Anfrage beifügt, deckt den Host nicht ab, an den sie gesendet wird; daher könnte %1 Ihre Anfragen an Exoscale weiterleiten und nach jeder Anfrage bis zu %n Minuten lang mit Ihrem Schlüssel handeln. Verwenden Sie diese Adresse nur, wenn Sie dem Betreiber vertrauen.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Keyport::EnvironmentAccount</name>
    <message>
        <source>The environment variable EXOSCALE_API_KEY is set but %1 is not. Set both to use an account from the environment.</source>
        <translation>Die Umgebungsvariable EXOSCALE_API_KEY ist gesetzt, %1 jedoch nicht. Setzen Sie beide, um ein Konto aus der Umgebung zu verwenden.</translation>
    </message>
    <message>
        <source>The environment variable %1 cannot be used. %2</source>
        <translation>Die Umgebungsvariable %1 kann nicht verwendet werden. %2</translation>
    </message>
    <message>
        <source>The environment variable %1 cannot be used. %2 To use this address anyway, add the account with Add Account, which asks you to confirm the host.</source>
        <translation>Die Umgebungsvariable %1 kann nicht verwendet werden. %2 Um diese Adresse dennoch zu verwenden, fügen Sie das Konto über „Konto hinzufügen“ hinzu; dort werden Sie gebeten, den Host zu bestätigen.</translation>
    </message>
</context>
<context>
    <name>Keyport::Error</name>
    <message>
        <source>The operation was cancelled.</source>
        <translation>Der Vorgang wurde abgebrochen.</translation>
    </message>
    <message>
        <source>The server sent an answer Keyport cannot understand: %1</source>
        <translation>Der Server hat eine Antwort gesendet, die Keyport nicht versteht: %1</translation>
    </message>
</context>
<context>
    <name>Keyport::ErrorBanner</name>
    <message>
        <source>&amp;Retry</source>
        <translation>&amp;Erneut versuchen</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Ausblenden</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Warnung</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
</context>
<context>
    <name>Keyport::ErrorMapper</name>
    <message>
        <source>
Exoscale said: %1</source>
        <translation>
Exoscale meldete: %1</translation>
    </message>
    <message>
        <source>This account signs with a new-style IAM API key, and Exoscale does not let those create legacy access keys. Add an account that uses a legacy access key to create access keys.</source>
        <translation>Dieses Konto signiert mit einem IAM-API-Schlüssel neuer Art, und Exoscale erlaubt solchen Schlüsseln nicht, Legacy-Zugangsschlüssel zu erstellen. Fügen Sie ein Konto hinzu, das einen Legacy-Zugangsschlüssel verwendet, um Zugangsschlüssel zu erstellen.</translation>
    </message>
    <message>
        <source>Exoscale refused the request as invalid.</source>
        <translation>Exoscale hat die Anfrage als ungültig abgelehnt.</translation>
    </message>
    <message>
        <source>Exoscale refused the request: the API key or secret is wrong or expired, or this key is not allowed to do this.</source>
        <translation>Exoscale hat die Anfrage abgelehnt: Der API-Schlüssel oder das Geheimnis ist falsch oder abgelaufen, oder dieser Schlüssel darf dies nicht tun.</translation>
    </message>
    <message>
        <source>Exoscale does not know this item; it may have been deleted.</source>
        <translation>Exoscale kennt dieses Element nicht; es wurde möglicherweise gelöscht.</translation>
    </message>
    <message>
        <source>Exoscale refused the request because it conflicts with the current state.</source>
        <translation>Exoscale hat die Anfrage abgelehnt, weil sie im Widerspruch zum aktuellen Zustand steht.</translation>
    </message>
    <message numerus="yes">
        <source>Exoscale is limiting the rate of requests; try again in %n second(s).</source>
        <translation>
            <numerusform>Exoscale begrenzt die Anfragerate; versuchen Sie es in %n Sekunde erneut.</numerusform>
            <numerusform>Exoscale begrenzt die Anfragerate; versuchen Sie es in %n Sekunden erneut.</numerusform>
        </translation>
    </message>
    <message>
        <source>Exoscale is limiting the rate of requests; try again in a moment.</source>
        <translation>Exoscale begrenzt die Anfragerate; versuchen Sie es gleich noch einmal.</translation>
    </message>
    <message>
        <source>Exoscale had a problem on its side (HTTP %1). Try again in a moment.</source>
        <translation>Bei Exoscale ist ein Problem aufgetreten (HTTP %1). Versuchen Sie es gleich noch einmal.</translation>
    </message>
    <message>
        <source>Exoscale refused the request (HTTP %1).</source>
        <translation>Exoscale hat die Anfrage abgelehnt (HTTP %1).</translation>
    </message>
    <message>
        <source>Exoscale gave an unexpected answer (HTTP %1).</source>
        <translation>Exoscale hat eine unerwartete Antwort geliefert (HTTP %1).</translation>
    </message>
    <message>
        <source>The request was cancelled.</source>
        <translation>Die Anfrage wurde abgebrochen.</translation>
    </message>
    <message>
        <source>The secure connection to Exoscale could not be established: %1</source>
        <translation>Die sichere Verbindung zu Exoscale konnte nicht hergestellt werden: %1</translation>
    </message>
    <message>
        <source>The API server&apos;s name could not be found. Check the network connection and the account&apos;s zone or endpoint.</source>
        <translation>Der Name des API-Servers konnte nicht aufgelöst werden. Überprüfen Sie die Netzwerkverbindung sowie die Zone oder den Endpunkt des Kontos.</translation>
    </message>
    <message>
        <source>The API server refused the connection. Check the account&apos;s endpoint.</source>
        <translation>Der API-Server hat die Verbindung abgelehnt. Überprüfen Sie den Endpunkt des Kontos.</translation>
    </message>
    <message>
        <source>The API server did not answer in time. Check the network connection.</source>
        <translation>Der API-Server hat nicht rechtzeitig geantwortet. Überprüfen Sie die Netzwerkverbindung.</translation>
    </message>
    <message>
        <source>The connection to the API server failed: %1</source>
        <translation>Die Verbindung zum API-Server ist fehlgeschlagen: %1</translation>
    </message>
    <message numerus="yes">
        <source>The API server did not answer within %n second(s).</source>
        <translation>
            <numerusform>Der API-Server hat nicht innerhalb von %n Sekunde geantwortet.</numerusform>
            <numerusform>Der API-Server hat nicht innerhalb von %n Sekunden geantwortet.</numerusform>
        </translation>
    </message>
    <message>
        <source>This account signs with a new-style IAM API key, and Exoscale does not let those list legacy access keys. Add an account that uses a legacy access key to list access keys.</source>
        <translation>Dieses Konto signiert mit einem IAM-API-Schlüssel neuer Art, und Exoscale erlaubt solchen Schlüsseln nicht, Legacy-Zugangsschlüssel aufzulisten. Fügen Sie ein Konto hinzu, das einen Legacy-Zugangsschlüssel verwendet, um Zugangsschlüssel aufzulisten.</translation>
    </message>
    <message>
        <source>This account signs with a new-style IAM API key, and Exoscale does not let those read legacy access keys. Add an account that uses a legacy access key to read access keys.</source>
        <translation>Dieses Konto signiert mit einem IAM-API-Schlüssel neuer Art, und Exoscale erlaubt solchen Schlüsseln nicht, Legacy-Zugangsschlüssel zu lesen. Fügen Sie ein Konto hinzu, das einen Legacy-Zugangsschlüssel verwendet, um Zugangsschlüssel zu lesen.</translation>
    </message>
    <message>
        <source>This account signs with a new-style IAM API key, and Exoscale does not let those revoke legacy access keys. Add an account that uses a legacy access key to revoke access keys.</source>
        <translation>Dieses Konto signiert mit einem IAM-API-Schlüssel neuer Art, und Exoscale erlaubt solchen Schlüsseln nicht, Legacy-Zugangsschlüssel zu widerrufen. Fügen Sie ein Konto hinzu, das einen Legacy-Zugangsschlüssel verwendet, um Zugangsschlüssel zu widerrufen.</translation>
    </message>
    <message>
        <source>This account signs with a new-style IAM API key, and Exoscale does not let those list the operations of legacy access keys. Add an account that uses a legacy access key to manage access keys.</source>
        <translation>Dieses Konto signiert mit einem IAM-API-Schlüssel neuer Art, und Exoscale erlaubt solchen Schlüsseln nicht, die Operationen von Legacy-Zugangsschlüsseln aufzulisten. Fügen Sie ein Konto hinzu, das einen Legacy-Zugangsschlüssel verwendet, um Zugangsschlüssel zu verwalten.</translation>
    </message>
    <message>
        <source>This account signs with a new-style IAM API key, and Exoscale does not let those list their own legacy operations. Add an account that uses a legacy access key to manage access keys.</source>
        <translation>Dieses Konto signiert mit einem IAM-API-Schlüssel neuer Art, und Exoscale erlaubt solchen Schlüsseln nicht, ihre eigenen Legacy-Operationen aufzulisten. Fügen Sie ein Konto hinzu, das einen Legacy-Zugangsschlüssel verwendet, um Zugangsschlüssel zu verwalten.</translation>
    </message>
    <message>
        <source>This account signs with a new-style IAM API key, and Exoscale does not let those follow the revocation of a legacy access key. Add an account that uses a legacy access key to revoke access keys.</source>
        <translation>Dieses Konto signiert mit einem IAM-API-Schlüssel neuer Art, und Exoscale erlaubt solchen Schlüsseln nicht, den Widerruf eines Legacy-Zugangsschlüssels zu verfolgen. Fügen Sie ein Konto hinzu, das einen Legacy-Zugangsschlüssel verwendet, um Zugangsschlüssel zu widerrufen.</translation>
    </message>
    <message>
        <source>This account signs with a new-style IAM API key, and Exoscale does not let those manage legacy access keys. Add an account that uses a legacy access key.</source>
        <translation>Dieses Konto signiert mit einem IAM-API-Schlüssel neuer Art, und Exoscale erlaubt solchen Schlüsseln nicht, Legacy-Zugangsschlüssel zu verwalten. Fügen Sie ein Konto hinzu, das einen Legacy-Zugangsschlüssel verwendet.</translation>
    </message>
    <message>
        <source>The API server closed the connection without answering. The request may or may not have been carried out.</source>
        <translation>Der API-Server hat die Verbindung ohne Antwort geschlossen. Die Anfrage wurde möglicherweise ausgeführt, möglicherweise aber auch nicht.</translation>
    </message>
    <message>
        <source>The network connection was lost before the API server answered. Check the network connection.</source>
        <translation>Die Netzwerkverbindung ging verloren, bevor der API-Server geantwortet hat. Überprüfen Sie die Netzwerkverbindung.</translation>
    </message>
    <message>
        <source>The connection to the API server broke off without an answer. Check the network connection.</source>
        <translation>Die Verbindung zum API-Server ist ohne Antwort abgebrochen. Überprüfen Sie die Netzwerkverbindung.</translation>
    </message>
    <message>
        <source>Exoscale does not let this account&apos;s key do this: legacy access keys and IAM API keys cannot manage each other. Use an account whose key is of the other kind.</source>
        <translation>Exoscale erlaubt dem Schlüssel dieses Kontos diese Aktion nicht: Legacy-Zugangsschlüssel und IAM-API-Schlüssel können einander nicht verwalten. Verwenden Sie ein Konto mit einem Schlüssel der jeweils anderen Art.</translation>
    </message>
    <message>
        <source>The organization policy does not allow this request (service class &quot;%1&quot;).</source>
        <translation>Die Organisationsrichtlinie erlaubt diese Anfrage nicht (Dienstklasse „%1“).</translation>
    </message>
    <message>
        <source>The organization policy does not allow this account&apos;s API key to call %1 (service class &quot;%2&quot;).</source>
        <translation>Die Organisationsrichtlinie erlaubt dem API-Schlüssel dieses Kontos nicht, %1 aufzurufen (Dienstklasse „%2“).</translation>
    </message>
    <message>
        <source>The role of this account&apos;s API key does not allow this request (service class &quot;%1&quot;).</source>
        <translation>Die Rolle des API-Schlüssels dieses Kontos erlaubt diese Anfrage nicht (Dienstklasse „%1“).</translation>
    </message>
    <message>
        <source>The role of this account&apos;s API key does not allow it to call %1 (service class &quot;%2&quot;).</source>
        <translation>Die Rolle des API-Schlüssels dieses Kontos erlaubt nicht, %1 aufzurufen (Dienstklasse „%2“).</translation>
    </message>
</context>
<context>
    <name>Keyport::EventListJob</name>
    <message>
        <source>The start of the period (%1) is after its end (%2).</source>
        <translation>Der Beginn des Zeitraums (%1) liegt nach seinem Ende (%2).</translation>
    </message>
</context>
<context>
    <name>Keyport::ExoConfig</name>
    <message>
        <source>%1: &quot;%2&quot; must be a text string, the name of an account.</source>
        <translation>%1: „%2“ muss eine Zeichenkette mit dem Namen eines Kontos sein.</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; must be a list of accounts, each starting with [[accounts]].</source>
        <translation>%1: „%2“ muss eine Liste von Konten sein, die jeweils mit [[accounts]] beginnen.</translation>
    </message>
    <message>
        <source>%1: there is already an account named &quot;%2&quot;.</source>
        <translation>%1: Es gibt bereits ein Konto namens „%2“.</translation>
    </message>
    <message>
        <source>%1, line %2</source>
        <translation>%1, Zeile %2</translation>
    </message>
    <message>
        <source>%1: the keys &quot;%2&quot; and &quot;%3&quot; are the same key, because keys are case-insensitive. Keep only one of them.</source>
        <translation>%1: Die Schlüssel „%2“ und „%3“ sind derselbe Schlüssel, da bei Schlüsseln nicht zwischen Groß- und Kleinschreibung unterschieden wird. Behalten Sie nur einen davon.</translation>
    </message>
    <message>
        <source>%1: in the account &quot;%2&quot;, &quot;%3&quot; must be a text string.</source>
        <translation>%1: Im Konto „%2“ muss „%3“ eine Zeichenkette sein.</translation>
    </message>
    <message>
        <source>%1: the name of account number %2 must be a text string.</source>
        <translation>%1: Der Name von Konto Nummer %2 muss eine Zeichenkette sein.</translation>
    </message>
    <message>
        <source>%1: account number %2 has no name.</source>
        <translation>%1: Konto Nummer %2 hat keinen Namen.</translation>
    </message>
    <message>
        <source>%1: the account name &quot;%2&quot; cannot be used. %3</source>
        <translation>%1: Der Kontoname „%2“ kann nicht verwendet werden. %3</translation>
    </message>
    <message>
        <source>%1: the account &quot;%2&quot; has no API key (&quot;key&quot;).</source>
        <translation>%1: Das Konto „%2“ hat keinen API-Schlüssel („key“).</translation>
    </message>
    <message>
        <source>%1: the account &quot;%2&quot; has no usable API address. %3</source>
        <translation>%1: Das Konto „%2“ hat keine verwendbare API-Adresse. %3</translation>
    </message>
    <message>
        <source>%1: in the account &quot;%2&quot;, &quot;%3&quot; must be a list of text strings, such as [&quot;pass&quot;, &quot;show&quot;, &quot;exoscale&quot;].</source>
        <translation>%1: Im Konto „%2“ muss „%3“ eine Liste von Zeichenketten sein, etwa [&quot;pass&quot;, &quot;show&quot;, &quot;exoscale&quot;].</translation>
    </message>
    <message>
        <source>%1: in the account &quot;%2&quot;, &quot;%3&quot; must start with the program to run.</source>
        <translation>%1: Im Konto „%2“ muss „%3“ mit dem auszuführenden Programm beginnen.</translation>
    </message>
    <message>
        <source>The exo CLI configuration file %1 does not exist.</source>
        <translation>Die exo-CLI-Konfigurationsdatei %1 existiert nicht.</translation>
    </message>
    <message>
        <source>%1 is a folder, not an exo CLI configuration file.</source>
        <translation>%1 ist ein Ordner, keine exo-CLI-Konfigurationsdatei.</translation>
    </message>
    <message>
        <source>The exo CLI configuration file %1 could not be opened: %2</source>
        <translation>Die exo-CLI-Konfigurationsdatei %1 konnte nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <source>The exo CLI configuration file %1 could not be read: %2</source>
        <translation>Die exo-CLI-Konfigurationsdatei %1 konnte nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>The file %1 is too large to be an exo CLI configuration file.</source>
        <translation>Die Datei %1 ist zu groß für eine exo-CLI-Konfigurationsdatei.</translation>
    </message>
    <message>
        <source>%1, line %2, column %3: %4</source>
        <translation>%1, Zeile %2, Spalte %3: %4</translation>
    </message>
    <message>
        <source>%1: the API key (&quot;key&quot;) of the account &quot;%2&quot; cannot be used. %3</source>
        <translation>%1: Der API-Schlüssel („key“) des Kontos „%2“ kann nicht verwendet werden. %3</translation>
    </message>
    <message>
        <source>%1: the account &quot;%2&quot; cannot be imported. %3 To use this address anyway, add the account with Add Account, which asks you to confirm the host.</source>
        <translation>%1: Das Konto „%2“ kann nicht importiert werden. %3 Um diese Adresse dennoch zu verwenden, fügen Sie das Konto über „Konto hinzufügen“ hinzu; dort werden Sie gebeten, den Host zu bestätigen.</translation>
    </message>
    <message>
        <source>%1, line %2, column %3: the file is not valid UTF-8 text (at byte offset %4).</source>
        <translation>%1, Zeile %2, Spalte %3: Die Datei ist kein gültiger UTF-8-Text (an Byte-Position %4).</translation>
    </message>
    <message>
        <source>%1 holds characters of the private use range U+F0000-U+FFFFF, which Keyport does not read in an exo CLI configuration file.</source>
        <translation>%1 enthält Zeichen aus dem Bereich für private Nutzung U+F0000-U+FFFFF, die Keyport in einer exo-CLI-Konfigurationsdatei nicht liest.</translation>
    </message>
</context>
<context>
    <name>Keyport::ExpressionEdit</name>
    <message>
        <source>Sn&amp;ippets</source>
        <translation>&amp;Bausteine</translation>
    </message>
    <message>
        <source>Insert a common shape of expression at the cursor</source>
        <translation>Eine gängige Ausdrucksform an der Cursorposition einfügen</translation>
    </message>
    <message>
        <source>Snippets</source>
        <translation>Bausteine</translation>
    </message>
    <message>
        <source>Type an expression, for example operation in [&apos;list-zones&apos;].</source>
        <translation>Geben Sie einen Ausdruck ein, zum Beispiel operation in [&apos;list-zones&apos;].</translation>
    </message>
    <message>
        <source>Column %1: %2</source>
        <translation>Spalte %1: %2</translation>
    </message>
</context>
<context>
    <name>Keyport::ForgetSecretCommand</name>
    <message>
        <source>Forget Stored Secret</source>
        <translation>Gespeichertes Geheimnis vergessen</translation>
    </message>
    <message>
        <source>Delete the secret of %1 (%2) from %3?

The key stays valid at Exoscale; only the copy Keyport kept is deleted, and it cannot be recovered.</source>
        <translation>Das Geheimnis von %1 (%2) %3 löschen?

Der Schlüssel bleibt bei Exoscale gültig; nur die von Keyport aufbewahrte Kopie wird gelöscht und kann nicht wiederhergestellt werden.</translation>
    </message>
    <message>
        <source>Forget Secret</source>
        <translation>Geheimnis vergessen</translation>
    </message>
    <message>
        <source>Keyport no longer offers the secret of %1, but it is still in the system keychain: %2</source>
        <translation>Keyport bietet das Geheimnis von %1 nicht mehr an, es befindet sich aber noch im System-Schlüsselbund: %2</translation>
    </message>
    <message>
        <source>Forgot the stored secret of %1.</source>
        <translation>Das gespeicherte Geheimnis von %1 wurde vergessen.</translation>
    </message>
</context>
<context>
    <name>Keyport::IamActions</name>
    <message>
        <source>New &amp;API Key…</source>
        <translation>Neuer &amp;API-Schlüssel…</translation>
    </message>
    <message>
        <source>&amp;Delete API Keys…</source>
        <translation>API-Schlüssel lö&amp;schen…</translation>
    </message>
    <message>
        <source>New &amp;Role…</source>
        <translation>Neue &amp;Rolle…</translation>
    </message>
    <message>
        <source>&amp;Edit Role…</source>
        <translation>Rolle &amp;bearbeiten…</translation>
    </message>
    <message>
        <source>Use Role as &amp;Template…</source>
        <translation>Rolle als &amp;Vorlage verwenden…</translation>
    </message>
    <message>
        <source>De&amp;lete Role…</source>
        <translation>Rolle &amp;löschen…</translation>
    </message>
    <message>
        <source>Edit &amp;Organization Policy…</source>
        <translation>&amp;Organisationsrichtlinie bearbeiten…</translation>
    </message>
    <message>
        <source>Re&amp;set Organization Policy…</source>
        <translation>Organisationsrichtlinie &amp;zurücksetzen…</translation>
    </message>
    <message>
        <source>Test &amp;Bench…</source>
        <translation>&amp;Testumgebung…</translation>
    </message>
    <message>
        <source>&amp;IAM</source>
        <translation>&amp;IAM</translation>
    </message>
    <message>
        <source>A legacy access key cannot create IAM API keys: use an account that signs with an IAM API key.</source>
        <translation>Ein Legacy-Zugangsschlüssel kann keine IAM-API-Schlüssel erstellen: Verwenden Sie ein Konto, das mit einem IAM-API-Schlüssel signiert.</translation>
    </message>
</context>
<context>
    <name>Keyport::IamClient</name>
    <message>
        <source>is not a role id (a UUID)</source>
        <translation>ist keine Rollen-ID (eine UUID)</translation>
    </message>
    <message>
        <source>The role &quot;%1&quot; cannot be changed: it was created as not editable.</source>
        <translation>Die Rolle „%1“ kann nicht geändert werden: Sie wurde als nicht bearbeitbar erstellt.</translation>
    </message>
    <message>
        <source>The role was not changed, and nothing was sent:
%1</source>
        <translation>Die Rolle wurde nicht geändert, und es wurde nichts gesendet:
%1</translation>
    </message>
    <message>
        <source>The role&apos;s policy was not changed, and nothing was sent:
%1</source>
        <translation>Die Richtlinie der Rolle wurde nicht geändert, und es wurde nichts gesendet:
%1</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a role id (a UUID).</source>
        <translation>„%1“ ist keine Rollen-ID (eine UUID).</translation>
    </message>
    <message>
        <source>The organization policy was not changed, and nothing was sent:
%1</source>
        <translation>Die Organisationsrichtlinie wurde nicht geändert, und es wurde nichts gesendet:
%1</translation>
    </message>
</context>
<context>
    <name>Keyport::IamEditorDialog</name>
    <message>
        <source>&amp;Form</source>
        <translation>&amp;Formular</translation>
    </message>
    <message>
        <source>&amp;JSON</source>
        <translation>&amp;JSON</translation>
    </message>
    <message>
        <source>exo &amp;command line</source>
        <translation>exo-Befehls&amp;zeile</translation>
    </message>
    <message>
        <source>C&amp;opy</source>
        <translation>&amp;Kopieren</translation>
    </message>
    <message>
        <source>Copy the command line to the clipboard</source>
        <translation>Die Befehlszeile in die Zwischenablage kopieren</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Wird gespeichert…</translation>
    </message>
    <message>
        <source>Line %1, column %2: %3</source>
        <translation>Zeile %1, Spalte %2: %3</translation>
    </message>
    <message>
        <source>The body must be a JSON object.</source>
        <translation>Der Anfragetext muss ein JSON-Objekt sein.</translation>
    </message>
</context>
<context>
    <name>Keyport::IamJson</name>
    <message>
        <source>the answer is not a JSON object</source>
        <translation>die Antwort ist kein JSON-Objekt</translation>
    </message>
    <message>
        <source>is not an object</source>
        <translation>ist kein Objekt</translation>
    </message>
    <message>
        <source>is not a string</source>
        <translation>ist keine Zeichenkette</translation>
    </message>
    <message>
        <source>is missing</source>
        <translation>fehlt</translation>
    </message>
    <message>
        <source>is empty</source>
        <translation>ist leer</translation>
    </message>
    <message>
        <source>is not a list</source>
        <translation>ist keine Liste</translation>
    </message>
    <message>
        <source>is not true or false</source>
        <translation>ist weder true noch false</translation>
    </message>
    <message>
        <source>is not a whole number</source>
        <translation>ist keine ganze Zahl</translation>
    </message>
    <message>
        <source>invalid JSON at offset %1 (%2)</source>
        <translation>ungültiges JSON an Position %1 (%2)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date and time (RFC 3339)</source>
        <translation>„%1“ ist keine Datums- und Zeitangabe (RFC 3339)</translation>
    </message>
    <message>
        <source>the new key&apos;s secret is missing from the answer</source>
        <translation>das Geheimnis des neuen Schlüssels fehlt in der Antwort</translation>
    </message>
    <message>
        <source>the answer is not a list of events</source>
        <translation>die Antwort ist keine Liste von Ereignissen</translation>
    </message>
    <message>
        <source>a role must be a JSON object</source>
        <translation>eine Rolle muss ein JSON-Objekt sein</translation>
    </message>
    <message>
        <source>is missing: a role is never created without a policy</source>
        <translation>fehlt: Eine Rolle wird nie ohne Richtlinie erstellt</translation>
    </message>
</context>
<context>
    <name>Keyport::IamLimits</name>
    <message>
        <source>must not be empty</source>
        <translation>darf nicht leer sein</translation>
    </message>
    <message numerus="yes">
        <source>has %1 characters; at most %n are allowed</source>
        <translation>
            <numerusform>hat %1 Zeichen; höchstens %n ist erlaubt</numerusform>
            <numerusform>hat %1 Zeichen; höchstens %n sind erlaubt</numerusform>
        </translation>
    </message>
    <message>
        <source>is missing</source>
        <translation>fehlt</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a role id (a UUID)</source>
        <translation>„%1“ ist keine Rollen-ID (eine UUID)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a permission; the permissions are %2</source>
        <translation>„%1“ ist keine Berechtigung; die Berechtigungen sind %2</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is listed twice</source>
        <translation>„%1“ ist doppelt aufgeführt</translation>
    </message>
    <message>
        <source>must be a number of seconds greater than zero</source>
        <translation>muss eine Anzahl Sekunden größer als null sein</translation>
    </message>
    <message>
        <source>a label needs a name</source>
        <translation>ein Label braucht einen Namen</translation>
    </message>
</context>
<context>
    <name>Keyport::IamPolicy</name>
    <message>
        <source>a rule must be an object</source>
        <translation>eine Regel muss ein Objekt sein</translation>
    </message>
    <message>
        <source>must be &quot;allow&quot; or &quot;deny&quot;</source>
        <translation>muss &quot;allow&quot; oder &quot;deny&quot; sein</translation>
    </message>
    <message>
        <source>is missing</source>
        <translation>fehlt</translation>
    </message>
    <message>
        <source>must be a string</source>
        <translation>muss eine Zeichenkette sein</translation>
    </message>
    <message>
        <source>must be a list of strings</source>
        <translation>muss eine Liste von Zeichenketten sein</translation>
    </message>
    <message>
        <source>a service entry must be an object</source>
        <translation>ein Diensteintrag muss ein Objekt sein</translation>
    </message>
    <message>
        <source>must be &quot;allow&quot;, &quot;deny&quot; or &quot;rules&quot;</source>
        <translation>muss &quot;allow&quot;, &quot;deny&quot; oder &quot;rules&quot; sein</translation>
    </message>
    <message>
        <source>must be a list of rules</source>
        <translation>muss eine Liste von Regeln sein</translation>
    </message>
    <message>
        <source>has no effect unless the type is &quot;rules&quot;</source>
        <translation>hat keine Wirkung, außer wenn der Typ &quot;rules&quot; ist</translation>
    </message>
    <message>
        <source>a policy must be a JSON object</source>
        <translation>eine Richtlinie muss ein JSON-Objekt sein</translation>
    </message>
    <message>
        <source>must be an object</source>
        <translation>muss ein Objekt sein</translation>
    </message>
    <message>
        <source>a service class needs a name</source>
        <translation>eine Dienstklasse braucht einen Namen</translation>
    </message>
</context>
<context>
    <name>Keyport::IamRoleCreateJob</name>
    <message>
        <source>The role was not created, and nothing was sent:
%1</source>
        <translation>Die Rolle wurde nicht erstellt, und es wurde nichts gesendet:
%1</translation>
    </message>
    <message>
        <source>the operation that created the role does not name it (reference.id is &quot;%1&quot;)</source>
        <translation>der Vorgang, der die Rolle erstellt hat, nennt sie nicht (reference.id ist „%1“)</translation>
    </message>
</context>
<context>
    <name>Keyport::IamRoleJob</name>
    <message>
        <source>&quot;%1&quot; is not a role id (a UUID).</source>
        <translation>„%1“ ist keine Rollen-ID (eine UUID).</translation>
    </message>
</context>
<context>
    <name>Keyport::ImportAccountsDialog</name>
    <message>
        <source>Import from exo CLI</source>
        <translation>Aus exo-CLI importieren</translation>
    </message>
    <message>
        <source>Accounts found in %1. Keyport copies the chosen ones; their secrets go to the system keychain.</source>
        <translation>In %1 gefundene Konten. Keyport übernimmt die ausgewählten; ihre Geheimnisse werden im System-Schlüsselbund gespeichert.</translation>
    </message>
    <message>
        <source>Accounts to import</source>
        <translation>Zu importierende Konten</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Konto</translation>
    </message>
    <message>
        <source>API key</source>
        <translation>API-Schlüssel</translation>
    </message>
    <message>
        <source>Zone or endpoint</source>
        <translation>Zone oder Endpunkt</translation>
    </message>
    <message>
        <source>Secret</source>
        <translation>Geheimnis</translation>
    </message>
    <message>
        <source>in the file</source>
        <translation>in der Datei</translation>
    </message>
    <message>
        <source>from the command: %1</source>
        <translation>aus dem Befehl: %1</translation>
    </message>
    <message>
        <source>missing</source>
        <translation>fehlt</translation>
    </message>
    <message>
        <source>%1 (default)</source>
        <translation>%1 (Standard)</translation>
    </message>
    <message>
        <source>Keyport already has an account of this name.</source>
        <translation>Keyport hat bereits ein Konto mit diesem Namen.</translation>
    </message>
    <message>
        <source>&amp;Run the secret commands shown above to read those secrets</source>
        <translation>Die oben gezeigten Geheimnis-Befehle &amp;ausführen, um diese Geheimnisse zu lesen</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importieren</translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation>Wird importiert …</translation>
    </message>
</context>
<context>
    <name>Keyport::ImportAccountsFlow</name>
    <message>
        <source>Import from exo CLI</source>
        <translation>Aus exo-CLI importieren</translation>
    </message>
    <message>
        <source>No exo CLI configuration was found. Keyport looked for:
%1</source>
        <translation>Es wurde keine exo-CLI-Konfiguration gefunden. Keyport hat gesucht nach:
%1</translation>
    </message>
    <message>
        <source>Choose File…</source>
        <translation>Datei auswählen …</translation>
    </message>
    <message>
        <source>Choose the exo CLI configuration</source>
        <translation>exo-CLI-Konfiguration auswählen</translation>
    </message>
    <message>
        <source>TOML files (*.toml);;All files (*)</source>
        <translation>TOML-Dateien (*.toml);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>%1: not imported: %2</source>
        <translation>%1: nicht importiert: %2</translation>
    </message>
    <message>
        <source>%1: imported.</source>
        <translation>%1: importiert.</translation>
    </message>
    <message>
        <source>%1: not imported: the file holds no secret for it.</source>
        <translation>%1: nicht importiert: Die Datei enthält kein Geheimnis dafür.</translation>
    </message>
    <message>
        <source>%1: not imported: its secret comes from a command, and running it was not allowed.</source>
        <translation>%1: nicht importiert: Das Geheimnis stammt aus einem Befehl, dessen Ausführung nicht erlaubt wurde.</translation>
    </message>
</context>
<context>
    <name>Keyport::KeyDetailsPane</name>
    <message>
        <source>Select a key to see its details.</source>
        <translation>Wählen Sie einen Schlüssel aus, um seine Details zu sehen.</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Name:</translation>
    </message>
    <message>
        <source>Copy the key ID</source>
        <translation>Schlüssel-ID kopieren</translation>
    </message>
    <message>
        <source>Key ID:</source>
        <translation>Schlüssel-ID:</translation>
    </message>
    <message>
        <source>Type:</source>
        <translation>Typ:</translation>
    </message>
    <message>
        <source>Version:</source>
        <translation>Version:</translation>
    </message>
    <message>
        <source>Tags:</source>
        <translation>Tags:</translation>
    </message>
    <message>
        <source>Secret:</source>
        <translation>Geheimnis:</translation>
    </message>
    <message>
        <source>Resources:</source>
        <translation>Ressourcen:</translation>
    </message>
    <message>
        <source>Operations</source>
        <translation>Operationen</translation>
    </message>
    <message>
        <source>Operations:</source>
        <translation>Operationen:</translation>
    </message>
    <message>
        <source>not given</source>
        <translation>nicht angegeben</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>Not held by Keyport</source>
        <translation>Nicht von Keyport verwahrt</translation>
    </message>
    <message>
        <source>Held by Keyport in %1</source>
        <translation>Von Keyport %1 verwahrt</translation>
    </message>
    <message>
        <source>any</source>
        <translation>beliebig</translation>
    </message>
    <message>
        <source>Every operation the signing key may use</source>
        <translation>Jede Operation, die der signierende Schlüssel verwenden darf</translation>
    </message>
    <message numerus="yes">
        <source>Tag %1: %n operation(s)</source>
        <translation>
            <numerusform>Tag %1: %n Operation</numerusform>
            <numerusform>Tag %1: %n Operationen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Picked alone: %n operation(s)</source>
        <translation>
            <numerusform>Einzeln gewählt: %n Operation</numerusform>
            <numerusform>Einzeln gewählt: %n Operationen</numerusform>
        </translation>
    </message>
    <message>
        <source>No operation restriction</source>
        <translation>Keine Einschränkung der Operationen</translation>
    </message>
    <message>
        <source>Copy ID</source>
        <translation>ID kopieren</translation>
    </message>
    <message>
        <source>This account signs its requests with this key.</source>
        <translation>Dieses Konto signiert seine Anfragen mit diesem Schlüssel.</translation>
    </message>
    <message>
        <source>Resources: %1; matching the search: %2</source>
        <translation>Ressourcen: %1; passend zur Suche: %2</translation>
    </message>
    <message>
        <source>%1 (matches the search)</source>
        <translation>%1 (passt zur Suche)</translation>
    </message>
    <message>
        <source>Operation %1 (matches the search)</source>
        <translation>Operation %1 (passt zur Suche)</translation>
    </message>
    <message>
        <source>Tag %1 (matches the search)</source>
        <translation>Tag %1 (passt zur Suche)</translation>
    </message>
</context>
<context>
    <name>Keyport::KeyDraft</name>
    <message>
        <source>The key needs a name.</source>
        <translation>Der Schlüssel benötigt einen Namen.</translation>
    </message>
    <message numerus="yes">
        <source>A key name has at most %n characters.</source>
        <translation>
            <numerusform>Ein Schlüsselname darf höchstens %n Zeichen lang sein.</numerusform>
            <numerusform>Ein Schlüsselname darf höchstens %n Zeichen lang sein.</numerusform>
        </translation>
    </message>
    <message>
        <source>A key name cannot contain control characters.</source>
        <translation>Ein Schlüsselname darf keine Steuerzeichen enthalten.</translation>
    </message>
    <message>
        <source>A key name cannot start or end with a space.</source>
        <translation>Ein Schlüsselname darf nicht mit einem Leerzeichen beginnen oder enden.</translation>
    </message>
    <message>
        <source>A restricted key needs at least one operation, tag or resource; without any it would be unrestricted.</source>
        <translation>Ein eingeschränkter Schlüssel benötigt mindestens eine Operation, ein Tag oder eine Ressource; ohne diese wäre er uneingeschränkt.</translation>
    </message>
    <message>
        <source>There is no operation tag &quot;%1&quot;.</source>
        <translation>Es gibt kein Operations-Tag „%1“.</translation>
    </message>
    <message>
        <source>There is no operation &quot;%1&quot;.</source>
        <translation>Es gibt keine Operation „%1“.</translation>
    </message>
    <message>
        <source>The resource %1 is listed twice.</source>
        <translation>Die Ressource %1 ist doppelt aufgeführt.</translation>
    </message>
    <message>
        <source>Name: %1 → %2</source>
        <translation>Name: %1 → %2</translation>
    </message>
    <message>
        <source>Restricted instead of unrestricted</source>
        <translation>Eingeschränkt statt uneingeschränkt</translation>
    </message>
    <message>
        <source>Unrestricted instead of restricted</source>
        <translation>Uneingeschränkt statt eingeschränkt</translation>
    </message>
    <message>
        <source>+ tag %1</source>
        <translation>+ Tag %1</translation>
    </message>
    <message>
        <source>− tag %1</source>
        <translation>− Tag %1</translation>
    </message>
    <message>
        <source>+ operation %1</source>
        <translation>+ Operation %1</translation>
    </message>
    <message>
        <source>− operation %1</source>
        <translation>− Operation %1</translation>
    </message>
    <message>
        <source>+ resource %1</source>
        <translation>+ Ressource %1</translation>
    </message>
    <message>
        <source>− resource %1</source>
        <translation>− Ressource %1</translation>
    </message>
</context>
<context>
    <name>Keyport::KeyValueEditor</name>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Hinzufügen</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
</context>
<context>
    <name>Keyport::KeyWizard</name>
    <message>
        <source>Create Key</source>
        <translation>Schlüssel erstellen</translation>
    </message>
    <message>
        <source>Create Key Based on %1</source>
        <translation>Schlüssel auf Basis von %1 erstellen</translation>
    </message>
    <message>
        <source>Exoscale is creating the key. Wait for its answer: it carries the key&apos;s secret.</source>
        <translation>Exoscale erstellt den Schlüssel. Warten Sie auf die Antwort: Sie enthält das Geheimnis des Schlüssels.</translation>
    </message>
    <message>
        <source>Close Without Storing the Secret?</source>
        <translation>Schließen, ohne das Geheimnis zu speichern?</translation>
    </message>
    <message>
        <source>The secret of the new key is not saved anywhere. Once this window is closed, nobody can see it again, and the key will need to be revoked and created anew.</source>
        <translation>Das Geheimnis des neuen Schlüssels ist nirgends gespeichert. Sobald dieses Fenster geschlossen ist, kann es niemand mehr einsehen, und der Schlüssel muss widerrufen und neu erstellt werden.</translation>
    </message>
    <message>
        <source>Close and Lose the Secret</source>
        <translation>Schließen und Geheimnis verlieren</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Beenden</translation>
    </message>
    <message>
        <source>Account %1 · %2</source>
        <translation>Konto %1 · %2</translation>
    </message>
    <message>
        <source>Account %1</source>
        <translation>Konto %1</translation>
    </message>
</context>
<context>
    <name>Keyport::KeychainError</name>
    <message>
        <source>The system keychain holds no such secret.</source>
        <translation>Der System-Schlüsselbund enthält kein solches Geheimnis.</translation>
    </message>
    <message>
        <source>The keychain is locked, or unlocking it was declined.</source>
        <translation>Der Schlüsselbund ist gesperrt, oder das Entsperren wurde abgelehnt.</translation>
    </message>
    <message>
        <source>The system keychain could not complete the request.</source>
        <translation>Der System-Schlüsselbund konnte die Anfrage nicht ausführen.</translation>
    </message>
    <message>
        <source>No system keychain (Secret Service) is available, so Keyport cannot store secrets beyond this session.</source>
        <translation>Es ist kein System-Schlüsselbund (Secret Service) verfügbar, daher kann Keyport Geheimnisse nicht über diese Sitzung hinaus speichern.</translation>
    </message>
    <message>
        <source>The system keychain (Secret Service) did not answer in time.</source>
        <translation>Der System-Schlüsselbund (Secret Service) hat nicht rechtzeitig geantwortet.</translation>
    </message>
</context>
<context>
    <name>Keyport::KeychainSecretStore</name>
    <message>
        <source>the system keychain</source>
        <translation>im System-Schlüsselbund</translation>
    </message>
</context>
<context>
    <name>Keyport::LockoutAnalysis</name>
    <message>
        <source>rule %1 of %2 in the organization policy, which depends on the request</source>
        <translation>Regel %1 von %2 in der Organisationsrichtlinie, die von der Anfrage abhängt</translation>
    </message>
    <message>
        <source>rule %1 of %2 in the policy of role %3, which depends on the request</source>
        <translation>Regel %1 von %2 in der Richtlinie der Rolle %3, die von der Anfrage abhängt</translation>
    </message>
    <message>
        <source>rule %1 of %2 in the organization policy</source>
        <translation>Regel %1 von %2 in der Organisationsrichtlinie</translation>
    </message>
    <message>
        <source>rule %1 of %2 in the policy of role %3</source>
        <translation>Regel %1 von %2 in der Richtlinie der Rolle %3</translation>
    </message>
    <message>
        <source>no rule matched in %1 in the organization policy</source>
        <translation>keine zutreffende Regel in %1 in der Organisationsrichtlinie</translation>
    </message>
    <message>
        <source>no rule matched in %1 in the policy of role %2</source>
        <translation>keine zutreffende Regel in %1 in der Richtlinie der Rolle %2</translation>
    </message>
    <message>
        <source>%1 denied in the organization policy</source>
        <translation>%1 in der Organisationsrichtlinie abgelehnt</translation>
    </message>
    <message>
        <source>%1 denied in the policy of role %2</source>
        <translation>%1 in der Richtlinie der Rolle %2 abgelehnt</translation>
    </message>
    <message>
        <source>the default strategy deny of the organization policy</source>
        <translation>die ablehnende Standardstrategie der Organisationsrichtlinie</translation>
    </message>
    <message>
        <source>the default strategy deny of the policy of role %1</source>
        <translation>die ablehnende Standardstrategie der Richtlinie der Rolle %1</translation>
    </message>
    <message>
        <source>every %1 operation</source>
        <translation>jede Operation von %1</translation>
    </message>
    <message>
        <source>Loses %1, because of %2.</source>
        <translation>Verliert %1. Grund: %2.</translation>
    </message>
    <message>
        <source>May lose %1, because of %2.</source>
        <translation>Verliert möglicherweise %1. Grund: %2.</translation>
    </message>
    <message>
        <source>The signing key of this account, %1 (%2), role %3: the key Keyport signs with</source>
        <translation>Der Signierschlüssel dieses Kontos, %1 (%2), Rolle %3: der Schlüssel, mit dem Keyport signiert</translation>
    </message>
    <message>
        <source>The API key %1 (%2), role %3</source>
        <translation>Der API-Schlüssel %1 (%2), Rolle %3</translation>
    </message>
    <message>
        <source>The person %1, role %2</source>
        <translation>Die Person %1, Rolle %2</translation>
    </message>
    <message numerus="yes">
        <source>%n operation(s) of %1</source>
        <translation>
            <numerusform>%n Operation von %1</numerusform>
            <numerusform>%n Operationen von %1</numerusform>
        </translation>
    </message>
    <message>
        <source>possibly %1</source>
        <translation>möglicherweise %1</translation>
    </message>
    <message>
        <source>The role %1 is not among the roles listed, so what its API keys and people could call before is not known; Keyport judges as if it allowed everything, so that no loss goes unreported.</source>
        <translation>Die Rolle %1 ist nicht unter den aufgeführten Rollen, daher ist nicht bekannt, was ihre API-Schlüssel und Personen bisher aufrufen konnten; Keyport urteilt so, als hätte sie alles erlaubt, damit kein Verlust unerwähnt bleibt.</translation>
    </message>
    <message>
        <source>the deletion of role %1</source>
        <translation>das Löschen der Rolle %1</translation>
    </message>
    <message>
        <source>The key this account signs with is not known: its own access cannot be judged.</source>
        <translation>Der Schlüssel, mit dem dieses Konto signiert, ist nicht bekannt: Sein eigener Zugriff kann nicht beurteilt werden.</translation>
    </message>
    <message>
        <source>The signing key of this account (%1) is not among the API keys (a legacy key, or one not listed): its own access cannot be judged.</source>
        <translation>Der Signierschlüssel dieses Kontos (%1) ist nicht unter den API-Schlüsseln (ein Legacy-Schlüssel oder ein nicht aufgeführter Schlüssel): Sein eigener Zugriff kann nicht beurteilt werden.</translation>
    </message>
    <message>
        <source>The role of the API key %1 (%2) is not known: its access cannot be judged.</source>
        <translation>Die Rolle des API-Schlüssels %1 (%2) ist nicht bekannt: Sein Zugriff kann nicht beurteilt werden.</translation>
    </message>
    <message>
        <source>The role of the person %1 is not known: their access cannot be judged.</source>
        <translation>Die Rolle der Person %1 ist nicht bekannt: Ihr Zugriff kann nicht beurteilt werden.</translation>
    </message>
    <message>
        <source>Exoscale refuses to delete a role that API keys or people are bound to: bind them to another role, or delete those API keys, first.</source>
        <translation>Exoscale lehnt es ab, eine Rolle zu löschen, der API-Schlüssel oder Personen zugeordnet sind: Ordnen Sie diese zuerst einer anderen Rolle zu oder löschen Sie zuerst diese API-Schlüssel.</translation>
    </message>
    <message>
        <source>No API key and no person is bound to this role: nobody loses anything.</source>
        <translation>Dieser Rolle sind weder API-Schlüssel noch Personen zugeordnet: Niemand verliert etwas.</translation>
    </message>
    <message>
        <source>Nobody loses anything: every API key and every person keeps every operation they could call.</source>
        <translation>Niemand verliert etwas: Alle API-Schlüssel und alle Personen behalten jede Operation, die sie aufrufen konnten.</translation>
    </message>
    <message>
        <source>Nobody loses anything: every API key and every person bound to this role keeps every operation they could call.</source>
        <translation>Niemand verliert etwas: Alle API-Schlüssel und alle Personen, die dieser Rolle zugeordnet sind, behalten jede Operation, die sie aufrufen konnten.</translation>
    </message>
    <message>
        <source>The signing key of this account can still list and update IAM.</source>
        <translation>Der Signierschlüssel dieses Kontos kann IAM weiterhin auflisten und aktualisieren.</translation>
    </message>
    <message>
        <source>The signing key of this account loses nothing: it can still list and update IAM.</source>
        <translation>Der Signierschlüssel dieses Kontos verliert nichts: Er kann IAM weiterhin auflisten und aktualisieren.</translation>
    </message>
    <message>
        <source>The signing key of this account, %1 (%2), the key Keyport signs with, loses %3.</source>
        <translation>Der Signierschlüssel dieses Kontos, %1 (%2), mit dem Keyport signiert, verliert %3.</translation>
    </message>
    <message>
        <source>Keyport could then no longer call %1 with it: it may no longer be able to manage IAM, nor to undo this change.</source>
        <translation>Keyport könnte %1 dann nicht mehr mit ihm aufrufen: Möglicherweise kann es IAM nicht mehr verwalten und diese Änderung nicht mehr rückgängig machen.</translation>
    </message>
    <message numerus="yes">
        <source>%n API key(s)</source>
        <translation>
            <numerusform>%n API-Schlüssel</numerusform>
            <numerusform>%n API-Schlüssel</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n person(s)</source>
        <translation>
            <numerusform>%n Person</numerusform>
            <numerusform>%n Personen</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 and %2 lose %3.</source>
        <translation>%1 und %2 verlieren %3.</translation>
    </message>
    <message>
        <source>%1 and %2 bound to this role lose %3.</source>
        <translation>%1 und %2, die dieser Rolle zugeordnet sind, verlieren %3.</translation>
    </message>
    <message numerus="yes">
        <source>%n API key(s) lose(s) %1.</source>
        <translation>
            <numerusform>%n API-Schlüssel verliert %1.</numerusform>
            <numerusform>%n API-Schlüssel verlieren %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n API key(s) bound to this role lose(s) %1.</source>
        <translation>
            <numerusform>%n API-Schlüssel, der dieser Rolle zugeordnet ist, verliert %1.</numerusform>
            <numerusform>%n API-Schlüssel, die dieser Rolle zugeordnet sind, verlieren %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n person(s) lose(s) %1.</source>
        <translation>
            <numerusform>%n Person verliert %1.</numerusform>
            <numerusform>%n Personen verlieren %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n person(s) bound to this role lose(s) %1.</source>
        <translation>
            <numerusform>%n Person, die dieser Rolle zugeordnet ist, verliert %1.</numerusform>
            <numerusform>%n Personen, die dieser Rolle zugeordnet sind, verlieren %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n more API key(s) or person(s) lose other operations: see the details.</source>
        <translation>
            <numerusform>%n weiterer API-Schlüssel oder weitere Person verliert andere Operationen: Siehe die Details.</numerusform>
            <numerusform>%n weitere API-Schlüssel oder Personen verlieren andere Operationen: Siehe die Details.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Keyport::LockoutGuardDialog</name>
    <message>
        <source>organization policy</source>
        <translation>Organisationsrichtlinie</translation>
    </message>
    <message>
        <source>Save the Policy of Role %1</source>
        <translation>Richtlinie der Rolle %1 speichern</translation>
    </message>
    <message>
        <source>Saving this policy changes what the API keys and people bound to role %1 may call.</source>
        <translation>Das Speichern dieser Richtlinie ändert, was die API-Schlüssel und Personen, die der Rolle %1 zugeordnet sind, aufrufen dürfen.</translation>
    </message>
    <message>
        <source>Delete Role %1</source>
        <translation>Rolle %1 löschen</translation>
    </message>
    <message>
        <source>Deleting role %1 takes every operation away from the API keys and people bound to it.</source>
        <translation>Das Löschen der Rolle %1 entzieht den ihr zugeordneten API-Schlüsseln und Personen jede Operation.</translation>
    </message>
    <message>
        <source>Save the Organization Policy</source>
        <translation>Organisationsrichtlinie speichern</translation>
    </message>
    <message>
        <source>The organization policy judges every request of every API key and every person before their role&apos;s policy does.</source>
        <translation>Die Organisationsrichtlinie beurteilt jede Anfrage jedes API-Schlüssels und jeder Person, noch bevor die Richtlinie ihrer Rolle dies tut.</translation>
    </message>
    <message>
        <source>Reset the Organization Policy</source>
        <translation>Organisationsrichtlinie zurücksetzen</translation>
    </message>
    <message>
        <source>Resetting the organization policy allows every service class: afterwards only the roles&apos; own policies restrict what API keys and people may call.</source>
        <translation>Das Zurücksetzen der Organisationsrichtlinie erlaubt jede Dienstklasse: Danach beschränken nur noch die eigenen Richtlinien der Rollen, was API-Schlüssel und Personen aufrufen dürfen.</translation>
    </message>
    <message>
        <source>&amp;Who loses what</source>
        <translation>&amp;Wer verliert was</translation>
    </message>
    <message>
        <source>Who and what</source>
        <translation>Wer und was</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Warum</translation>
    </message>
    <message>
        <source>&amp;Type %1 to go ahead:</source>
        <translation>Geben Sie zum Fortfahren %1 &amp;ein:</translation>
    </message>
    <message>
        <source>Can no longer call %1, which Keyport needs to manage IAM and to undo this change.</source>
        <translation>Kann %1 nicht mehr aufrufen; Keyport benötigt dies, um IAM zu verwalten und diese Änderung rückgängig zu machen.</translation>
    </message>
    <message>
        <source>Loses %1</source>
        <translation>Verliert %1</translation>
    </message>
    <message>
        <source>May lose %1</source>
        <translation>Verliert möglicherweise %1</translation>
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
        <translation>Die Zwischenablage wurde geleert.</translation>
    </message>
    <message>
        <source>&amp;Add Account…</source>
        <translation>Konto &amp;hinzufügen …</translation>
    </message>
    <message>
        <source>&amp;Import from exo CLI…</source>
        <translation>Aus exo-CLI &amp;importieren …</translation>
    </message>
    <message>
        <source>&amp;Remove Account…</source>
        <translation>Konto &amp;entfernen …</translation>
    </message>
    <message>
        <source>&amp;New Key…</source>
        <translation>&amp;Neuer Schlüssel …</translation>
    </message>
    <message>
        <source>Use as &amp;Template…</source>
        <translation>Als &amp;Vorlage verwenden …</translation>
    </message>
    <message>
        <source>Re&amp;voke…</source>
        <translation>&amp;Widerrufen …</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>Ak&amp;tualisieren</translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation>S&amp;uchen …</translation>
    </message>
    <message>
        <source>&amp;Copy Key ID</source>
        <translation>Schlüssel-ID k&amp;opieren</translation>
    </message>
    <message>
        <source>Copy Stored &amp;Secret</source>
        <translation>Gespeichertes &amp;Geheimnis kopieren</translation>
    </message>
    <message>
        <source>&amp;Forget Stored Secret…</source>
        <translation>Gespeichertes Geheimnis ve&amp;rgessen …</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;Key</source>
        <translation>&amp;Schlüssel</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>Haupt-Werkzeugleiste</translation>
    </message>
    <message>
        <source>&amp;Edit Account…</source>
        <translation>Konto be&amp;arbeiten …</translation>
    </message>
    <message>
        <source>&amp;Test Account</source>
        <translation>Konto &amp;testen</translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>&amp;Tastenkürzel</translation>
    </message>
    <message>
        <source>&amp;About Keyport</source>
        <translation>Ü&amp;ber Keyport</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
</context>
<context>
    <name>Keyport::MatchReason</name>
    <message>
        <source>name %1</source>
        <translation>Name %1</translation>
    </message>
    <message>
        <source>key ID %1</source>
        <translation>Schlüssel-ID %1</translation>
    </message>
    <message>
        <source>tag %1</source>
        <translation>Tag %1</translation>
    </message>
    <message>
        <source>operation %1</source>
        <translation>Operation %1</translation>
    </message>
    <message>
        <source>operation %1 (tag %2)</source>
        <translation>Operation %1 (Tag %2)</translation>
    </message>
    <message>
        <source>resource %1</source>
        <translation>Ressource %1</translation>
    </message>
    <message>
        <source>unrestricted: may call every operation</source>
        <translation>uneingeschränkt: darf jede Operation aufrufen</translation>
    </message>
    <message>
        <source>not restricted by resource: may reach %1</source>
        <translation>nicht auf Ressourcen eingeschränkt: kann %1 erreichen</translation>
    </message>
    <message>
        <source>Matches &quot;%1&quot;: %2</source>
        <translation>Passt zu „%1“: %2</translation>
    </message>
</context>
<context>
    <name>Keyport::NamePage</name>
    <message>
        <source>&amp;Restricted: only the operations, tags and resources chosen next</source>
        <translation>&amp;Eingeschränkt: nur die als Nächstes gewählten Operationen, Tags und Ressourcen</translation>
    </message>
    <message>
        <source>&amp;Unrestricted</source>
        <translation>&amp;Uneingeschränkt</translation>
    </message>
    <message>
        <source>Name and Kind</source>
        <translation>Name und Art</translation>
    </message>
    <message>
        <source>Name the key after the program that will use it.</source>
        <translation>Benennen Sie den Schlüssel nach dem Programm, das ihn verwenden wird.</translation>
    </message>
    <message>
        <source>An unrestricted key gets every right of the key this account signs with, including creating and revoking other keys. Prefer a restricted key for programs.</source>
        <translation>Ein uneingeschränkter Schlüssel erhält alle Rechte des Schlüssels, mit dem dieses Konto signiert, einschließlich des Erstellens und Widerrufens anderer Schlüssel. Verwenden Sie für Programme besser einen eingeschränkten Schlüssel.</translation>
    </message>
    <message>
        <source>Na&amp;me:</source>
        <translation>Na&amp;me:</translation>
    </message>
</context>
<context>
    <name>Keyport::OperationsPage</name>
    <message>
        <source>Add &amp;get-operation</source>
        <translation>&amp;get-operation hinzufügen</translation>
    </message>
    <message>
        <source>Operations and Tags</source>
        <translation>Operationen und Tags</translation>
    </message>
    <message>
        <source>Tick a tag to grant all its operations, or single operations.</source>
        <translation>Kreuzen Sie ein Tag an, um alle seine Operationen zu gewähren, oder wählen Sie einzelne Operationen.</translation>
    </message>
    <message>
        <source>Search operations and tags</source>
        <translation>Operationen und Tags durchsuchen</translation>
    </message>
    <message>
        <source>Operations and tags</source>
        <translation>Operationen und Tags</translation>
    </message>
    <message>
        <source>Some chosen operations start jobs that run on after the answer; a program can only follow them with get-operation.</source>
        <translation>Einige gewählte Operationen starten Aufträge, die nach der Antwort weiterlaufen; ein Programm kann sie nur mit get-operation verfolgen.</translation>
    </message>
    <message>
        <source>The operation catalog could not be loaded. Refresh the account, then try again.</source>
        <translation>Der Operationskatalog konnte nicht geladen werden. Aktualisieren Sie das Konto und versuchen Sie es dann erneut.</translation>
    </message>
    <message>
        <source>The signing key may not list its own operations, so every operation is offered; Exoscale refuses any it may not grant.</source>
        <translation>Der signierende Schlüssel darf seine eigenen Operationen nicht auflisten, daher werden alle Operationen angeboten; Exoscale lehnt jede ab, die er nicht gewähren darf.</translation>
    </message>
    <message>
        <source>&amp;Remove What This Key Cannot Grant</source>
        <translation>&amp;Entfernen, was dieser Schlüssel nicht gewähren kann</translation>
    </message>
    <message>
        <source>Remove What This Key Cannot Grant</source>
        <translation>Entfernen, was dieser Schlüssel nicht gewähren kann</translation>
    </message>
    <message>
        <source>The signing key cannot grant %1, so Exoscale would refuse this key. Untick them one by one, or remove them all, to go on.</source>
        <translation>Der signierende Schlüssel kann %1 nicht gewähren, daher würde Exoscale diesen Schlüssel ablehnen. Entfernen Sie die Häkchen einzeln oder alle auf einmal, um fortzufahren.</translation>
    </message>
</context>
<context>
    <name>Keyport::OrganizationPolicyDialog</name>
    <message>
        <source>Edit Organization Policy</source>
        <translation>Organisationsrichtlinie bearbeiten</translation>
    </message>
    <message>
        <source>The organization policy judges every request of every API key and every user before their role does: a request passes only if both allow it.</source>
        <translation>Die Organisationsrichtlinie beurteilt jede Anfrage jedes API-Schlüssels und jeder Person, bevor es deren Rolle tut: Eine Anfrage wird nur ausgeführt, wenn beide sie erlauben.</translation>
    </message>
    <message>
        <source>&amp;Body sent to update the organization policy</source>
        <translation>&amp;Gesendeter Anfragetext zum Aktualisieren der Organisationsrichtlinie</translation>
    </message>
    <message>
        <source>Save Policy</source>
        <translation>Richtlinie speichern</translation>
    </message>
    <message>
        <source>The body is not a policy.</source>
        <translation>Der Anfragetext ist keine Richtlinie.</translation>
    </message>
    <message>
        <source>The JSON is not valid: %1</source>
        <translation>Das JSON ist ungültig: %1</translation>
    </message>
    <message>
        <source>The policy cannot be saved: %1</source>
        <translation>Die Richtlinie kann nicht gespeichert werden: %1</translation>
    </message>
    <message>
        <source>Nothing has changed yet.</source>
        <translation>Es wurde noch nichts geändert.</translation>
    </message>
</context>
<context>
    <name>Keyport::OrganizationPolicyPage</name>
    <message>
        <source>The organization policy judges every request of every API key, before the key&apos;s role policy does; both must allow it.</source>
        <translation>Die Organisationsrichtlinie beurteilt jede Anfrage jedes API-Schlüssels, noch bevor die Richtlinie seiner Rolle dies tut; beide müssen sie erlauben.</translation>
    </message>
    <message>
        <source>The organization policy could not be read: %1</source>
        <translation>Die Organisationsrichtlinie konnte nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>Loading the organization policy…</source>
        <translation>Organisationsrichtlinie wird geladen…</translation>
    </message>
    <message>
        <source>The organization policy is not known.</source>
        <translation>Die Organisationsrichtlinie ist nicht bekannt.</translation>
    </message>
</context>
<context>
    <name>Keyport::PolicyDescriber</name>
    <message>
        <source>%1 and %2</source>
        <comment>list: &apos;a, b and c&apos;</comment>
        <translation>%1 und %2</translation>
    </message>
    <message>
        <source>, </source>
        <comment>list separator</comment>
        <translation>, </translation>
    </message>
    <message>
        <source>%1 or %2</source>
        <comment>list: &apos;a, b or c&apos;</comment>
        <translation>%1 oder %2</translation>
    </message>
    <message>
        <source>Every service the policy does not name is allowed.</source>
        <translation>Jeder Dienst, den die Richtlinie nicht nennt, ist erlaubt.</translation>
    </message>
    <message>
        <source>Every service the policy does not name is denied.</source>
        <translation>Jeder Dienst, den die Richtlinie nicht nennt, wird abgelehnt.</translation>
    </message>
    <message>
        <source>A request that no rule matches is denied, whatever the default strategy.</source>
        <translation>Eine Anfrage, auf die keine Regel zutrifft, wird abgelehnt, unabhängig von der Standardstrategie.</translation>
    </message>
    <message>
        <source>column %1: %2</source>
        <translation>Spalte %1: %2</translation>
    </message>
    <message>
        <source>never (the expression does not parse, so the rule is skipped)</source>
        <translation>nie (der Ausdruck lässt sich nicht parsen, daher wird die Regel übersprungen)</translation>
    </message>
    <message>
        <source>Rule %1 is skipped: its expression does not parse (%2).</source>
        <translation>Regel %1 wird übersprungen: Ihr Ausdruck lässt sich nicht parsen (%2).</translation>
    </message>
    <message>
        <source>when %1</source>
        <translation>wenn %1</translation>
    </message>
    <message>
        <source>always</source>
        <translation>immer</translation>
    </message>
    <message>
        <source>never</source>
        <translation>nie</translation>
    </message>
    <message>
        <source>every operation</source>
        <translation>jede Operation</translation>
    </message>
    <message>
        <source>the operations starting with %1</source>
        <translation>die Operationen, die mit %1 beginnen</translation>
    </message>
    <message>
        <source>every operation but %1</source>
        <translation>jede Operation außer %1</translation>
    </message>
    <message>
        <source>on bucket %1</source>
        <translation>auf dem Bucket %1</translation>
    </message>
    <message>
        <source>on any bucket but %1</source>
        <translation>auf jedem Bucket außer %1</translation>
    </message>
    <message>
        <source>on the buckets whose name starts with %1</source>
        <translation>auf den Buckets, deren Name mit %1 beginnt</translation>
    </message>
    <message>
        <source>parameter %1</source>
        <translation>Parameter %1</translation>
    </message>
    <message>
        <source>resource %1</source>
        <translation>Ressource %1</translation>
    </message>
    <message>
        <source>where %1 is %2</source>
        <translation>wobei %1 gleich %2 ist</translation>
    </message>
    <message>
        <source>where %1 is not %2</source>
        <translation>wobei %1 ungleich %2 ist</translation>
    </message>
    <message>
        <source>where %1 starts with %2</source>
        <translation>wobei %1 mit %2 beginnt</translation>
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
        <translation>Erlaubt: %1.</translation>
    </message>
    <message>
        <source>Deny %1.</source>
        <translation>Abgelehnt: %1.</translation>
    </message>
    <message numerus="yes">
        <source>%1 belongs to another service class: this rule never sees it.</source>
        <translation>
            <numerusform>%1 gehört zu einer anderen Dienstklasse: Diese Regel sieht sie nie.</numerusform>
            <numerusform>%1 gehören zu einer anderen Dienstklasse: Diese Regel sieht sie nie.</numerusform>
        </translation>
    </message>
    <message>
        <source>Every %1 operation is allowed.</source>
        <translation>Jede Operation von %1 ist erlaubt.</translation>
    </message>
    <message>
        <source>Every %1 operation is denied.</source>
        <translation>Jede Operation von %1 wird abgelehnt.</translation>
    </message>
    <message>
        <source>%1. %2</source>
        <translation>%1. %2</translation>
    </message>
    <message>
        <source>No rule: every %1 operation is denied.</source>
        <translation>Keine Regel: Jede Operation von %1 wird abgelehnt.</translation>
    </message>
    <message>
        <source>every %1 operation</source>
        <translation>jede Operation von %1</translation>
    </message>
    <message>
        <source>%1: denied</source>
        <translation>%1: abgelehnt</translation>
    </message>
    <message>
        <source>%1: depends on rules</source>
        <translation>%1: hängt von Regeln ab</translation>
    </message>
    <message>
        <source>%1: everything but %2</source>
        <translation>%1: alles außer %2</translation>
    </message>
    <message>
        <source>; </source>
        <comment>between rules</comment>
        <translation>; </translation>
    </message>
    <message>
        <source>%1: only %2</source>
        <translation>%1: nur %2</translation>
    </message>
    <message>
        <source>; or </source>
        <comment>between rules</comment>
        <translation>; oder </translation>
    </message>
    <message numerus="yes">
        <source>%1 (rule %2 is skipped: it does not parse)</source>
        <translation>
            <numerusform>%1 (Regel %2 wird übersprungen: Sie lässt sich nicht parsen)</numerusform>
            <numerusform>%1 (Regeln %2 werden übersprungen: Sie lassen sich nicht parsen)</numerusform>
        </translation>
    </message>
    <message>
        <source>May use every operation of every service.</source>
        <translation>Darf jede Operation jedes Dienstes verwenden.</translation>
    </message>
    <message>
        <source>May use nothing: every service is denied.</source>
        <translation>Darf nichts verwenden: Jeder Dienst wird abgelehnt.</translation>
    </message>
    <message numerus="yes">
        <source>no %1 operation</source>
        <translation>
            <numerusform>keine Operation von %1</numerusform>
            <numerusform>keine Operation von %1</numerusform>
        </translation>
    </message>
    <message>
        <source>may use every %1 operation</source>
        <translation>darf jede Operation von %1 verwenden</translation>
    </message>
    <message>
        <source>everything else is allowed</source>
        <translation>alles andere ist erlaubt</translation>
    </message>
    <message>
        <source>everything else is denied</source>
        <translation>alles andere wird abgelehnt</translation>
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
        <translation>Von der Rollenrichtlinie erlaubt: Regel %1 von %2 hat zugetroffen.</translation>
    </message>
    <message>
        <source>Allowed by the role policy: it allows service %1.</source>
        <translation>Von der Rollenrichtlinie erlaubt: Sie erlaubt den Dienst %1.</translation>
    </message>
    <message>
        <source>Allowed by the role policy: the operation&apos;s service class is unknown and the default strategy allows.</source>
        <translation>Von der Rollenrichtlinie erlaubt: Die Dienstklasse der Operation ist unbekannt, und die Standardstrategie erlaubt.</translation>
    </message>
    <message>
        <source>Allowed by the role policy: it does not name service %1 and its default strategy allows.</source>
        <translation>Von der Rollenrichtlinie erlaubt: Sie nennt den Dienst %1 nicht, und ihre Standardstrategie erlaubt.</translation>
    </message>
    <message>
        <source>Denied by the organization policy: rule %1 of %2 matched.</source>
        <translation>Von der Organisationsrichtlinie abgelehnt: Regel %1 von %2 hat zugetroffen.</translation>
    </message>
    <message>
        <source>Denied by the role policy: rule %1 of %2 matched.</source>
        <translation>Von der Rollenrichtlinie abgelehnt: Regel %1 von %2 hat zugetroffen.</translation>
    </message>
    <message>
        <source>Denied by the organization policy: it denies service %1.</source>
        <translation>Von der Organisationsrichtlinie abgelehnt: Sie lehnt den Dienst %1 ab.</translation>
    </message>
    <message>
        <source>Denied by the role policy: it denies service %1.</source>
        <translation>Von der Rollenrichtlinie abgelehnt: Sie lehnt den Dienst %1 ab.</translation>
    </message>
    <message>
        <source>Denied by the organization policy: the operation&apos;s service class is unknown and the default strategy denies.</source>
        <translation>Von der Organisationsrichtlinie abgelehnt: Die Dienstklasse der Operation ist unbekannt, und die Standardstrategie lehnt ab.</translation>
    </message>
    <message>
        <source>Denied by the role policy: the operation&apos;s service class is unknown and the default strategy denies.</source>
        <translation>Von der Rollenrichtlinie abgelehnt: Die Dienstklasse der Operation ist unbekannt, und die Standardstrategie lehnt ab.</translation>
    </message>
    <message>
        <source>Denied by the organization policy: it does not name service %1 and its default strategy denies.</source>
        <translation>Von der Organisationsrichtlinie abgelehnt: Sie nennt den Dienst %1 nicht, und ihre Standardstrategie lehnt ab.</translation>
    </message>
    <message>
        <source>Denied by the role policy: it does not name service %1 and its default strategy denies.</source>
        <translation>Von der Rollenrichtlinie abgelehnt: Sie nennt den Dienst %1 nicht, und ihre Standardstrategie lehnt ab.</translation>
    </message>
    <message>
        <source>Denied by the organization policy: no rule matched in service %1.</source>
        <translation>Von der Organisationsrichtlinie abgelehnt: Im Dienst %1 hat keine Regel zugetroffen.</translation>
    </message>
    <message>
        <source>Denied by the role policy: no rule matched in service %1.</source>
        <translation>Von der Rollenrichtlinie abgelehnt: Im Dienst %1 hat keine Regel zugetroffen.</translation>
    </message>
    <message>
        <source>Rule %1 of %2 in the organization policy was skipped: %3</source>
        <translation>Regel %1 von %2 in der Organisationsrichtlinie wurde übersprungen: %3</translation>
    </message>
    <message>
        <source>Rule %1 of %2 in the role policy was skipped: %3</source>
        <translation>Regel %1 von %2 in der Rollenrichtlinie wurde übersprungen: %3</translation>
    </message>
    <message>
        <source>Depends on the request: rule %1 of %2 in the organization policy reads %3.</source>
        <translation>Hängt von der Anfrage ab: Regel %1 von %2 in der Organisationsrichtlinie liest %3.</translation>
    </message>
    <message>
        <source>Depends on the request: rule %1 of %2 in the role policy reads %3.</source>
        <translation>Hängt von der Anfrage ab: Regel %1 von %2 in der Rollenrichtlinie liest %3.</translation>
    </message>
    <message>
        <source>Allowed by the role policy whatever the request: rule %1 of %2 reads it, but every outcome allows.</source>
        <translation>Von der Rollenrichtlinie erlaubt, unabhängig von der Anfrage: Regel %1 von %2 liest sie, aber jedes Ergebnis erlaubt.</translation>
    </message>
    <message>
        <source>Denied by the organization policy whatever the request: rule %1 of %2 reads it, but every outcome denies.</source>
        <translation>Von der Organisationsrichtlinie abgelehnt, unabhängig von der Anfrage: Regel %1 von %2 liest sie, aber jedes Ergebnis lehnt ab.</translation>
    </message>
    <message>
        <source>Denied by the role policy whatever the request: rule %1 of %2 reads it, but every outcome denies.</source>
        <translation>Von der Rollenrichtlinie abgelehnt, unabhängig von der Anfrage: Regel %1 von %2 liest sie, aber jedes Ergebnis lehnt ab.</translation>
    </message>
</context>
<context>
    <name>Keyport::PolicyForm</name>
    <message>
        <source>Services the policy does not list:</source>
        <translation>Dienste, die die Richtlinie nicht aufführt:</translation>
    </message>
    <message>
        <source>&amp;Allow every service not listed</source>
        <translation>&amp;Alle nicht aufgeführten Dienste erlauben</translation>
    </message>
    <message>
        <source>Den&amp;y every service not listed</source>
        <translation>Alle nicht aufgeführten &amp;Dienste ablehnen</translation>
    </message>
    <message>
        <source>Each service class: the default strategy, allowed, denied, or decided by rules tried in order (the first that matches decides; when none matches, the request is denied).</source>
        <translation>Für jede Dienstklasse: die Standardstrategie, erlaubt, abgelehnt oder durch Regeln entschieden, die der Reihe nach geprüft werden (die erste zutreffende entscheidet; trifft keine zu, wird die Anfrage abgelehnt).</translation>
    </message>
    <message>
        <source>Rule %1 of %2 does not parse (column %3: %4): Exoscale would skip it at every request.</source>
        <translation>Regel %1 von %2 lässt sich nicht parsen (Spalte %3: %4): Exoscale würde sie bei jeder Anfrage überspringen.</translation>
    </message>
    <message>
        <source>Default</source>
        <translation>Standard</translation>
    </message>
    <message>
        <source>Allow</source>
        <translation>Erlauben</translation>
    </message>
    <message>
        <source>Deny</source>
        <translation>Ablehnen</translation>
    </message>
    <message>
        <source>Rules</source>
        <translation>Regeln</translation>
    </message>
    <message>
        <source>Keyport does not know this service class.</source>
        <translation>Keyport kennt diese Dienstklasse nicht.</translation>
    </message>
    <message>
        <source>No rules yet: every request to %1 is denied.</source>
        <translation>Noch keine Regeln: Jede Anfrage an %1 wird abgelehnt.</translation>
    </message>
    <message>
        <source>Rule %1</source>
        <translation>Regel %1</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Aktion</translation>
    </message>
    <message>
        <source>Expression</source>
        <translation>Ausdruck</translation>
    </message>
    <message>
        <source>This rule also lists resources: they have no effect at Exoscale, and are kept unchanged.</source>
        <translation>Diese Regel führt auch Ressourcen auf: Sie haben bei Exoscale keine Wirkung und werden unverändert beibehalten.</translation>
    </message>
    <message>
        <source>Move Up</source>
        <translation>Nach oben</translation>
    </message>
    <message>
        <source>Move Down</source>
        <translation>Nach unten</translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation>Duplizieren</translation>
    </message>
    <message>
        <source>Remove Rule</source>
        <translation>Regel entfernen</translation>
    </message>
    <message>
        <source>Add Rule to %1</source>
        <translation>Regel zu %1 hinzufügen</translation>
    </message>
</context>
<context>
    <name>Keyport::PolicyJudge</name>
    <message>
        <source>column %1: %2</source>
        <translation>Spalte %1: %2</translation>
    </message>
    <message>
        <source>the expression is a %1, not a bool</source>
        <translation>der Ausdruck ist ein %1, kein bool</translation>
    </message>
</context>
<context>
    <name>Keyport::PolicyLinter</name>
    <message>
        <source>column %1: %2</source>
        <translation>Spalte %1: %2</translation>
    </message>
    <message>
        <source>unknown service class &apos;%1&apos; (known: %2): this entry never applies</source>
        <translation>unbekannte Dienstklasse &apos;%1&apos; (bekannt: %2): Dieser Eintrag greift nie</translation>
    </message>
    <message>
        <source>no rules: every request to %1 is denied, whatever the default strategy</source>
        <translation>keine Regeln: Jede Anfrage an %1 wird abgelehnt, unabhängig von der Standardstrategie</translation>
    </message>
    <message>
        <source> (the rule is always skipped)</source>
        <translation> (die Regel wird immer übersprungen)</translation>
    </message>
    <message>
        <source>always fails (%1): the rule is always skipped</source>
        <translation>schlägt immer fehl (%1): Die Regel wird immer übersprungen</translation>
    </message>
    <message>
        <source>is always a %1, never true or false: the rule is always skipped</source>
        <translation>ist immer ein %1, nie true oder false: Die Regel wird immer übersprungen</translation>
    </message>
    <message>
        <source>is always false: the rule never matches</source>
        <translation>ist immer false: Die Regel trifft nie zu</translation>
    </message>
    <message>
        <source>is always true: the rules after it are never tried</source>
        <translation>ist immer true: Die nachfolgenden Regeln werden nie geprüft</translation>
    </message>
    <message>
        <source>unknown operation &apos;%1&apos;</source>
        <translation>unbekannte Operation &apos;%1&apos;</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is an operation of %2: in the rules of %3, operation is never &apos;%1&apos;</source>
        <translation>&apos;%1&apos; ist eine Operation von %2: In den Regeln von %3 ist operation nie &apos;%1&apos;</translation>
    </message>
    <message>
        <source>in the rules of %1, service is always &apos;%1&apos;, never &apos;%2&apos;</source>
        <translation>in den Regeln von %1 ist service immer &apos;%1&apos;, nie &apos;%2&apos;</translation>
    </message>
    <message>
        <source>no rule can ever match: every request to %1 is denied</source>
        <translation>keine Regel kann je zutreffen: Jede Anfrage an %1 wird abgelehnt</translation>
    </message>
</context>
<context>
    <name>Keyport::PolicyMatrixModel</name>
    <message>
        <source>✔ Allowed</source>
        <translation>✔ Erlaubt</translation>
    </message>
    <message>
        <source>✘ Denied</source>
        <translation>✘ Abgelehnt</translation>
    </message>
    <message>
        <source>? Depends on parameters</source>
        <translation>? Hängt von Parametern ab</translation>
    </message>
    <message>
        <source>Allowed</source>
        <translation>Erlaubt</translation>
    </message>
    <message>
        <source>Denied</source>
        <translation>Abgelehnt</translation>
    </message>
    <message>
        <source>Depends on parameters</source>
        <translation>Hängt von Parametern ab</translation>
    </message>
    <message>
        <source>Operation</source>
        <translation>Operation</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Warum</translation>
    </message>
</context>
<context>
    <name>Keyport::PolicyView</name>
    <message>
        <source>No policy.</source>
        <translation>Keine Richtlinie.</translation>
    </message>
    <message>
        <source>Which operation belongs to which service class is Keyport&apos;s reconstruction: Exoscale does not publish it.</source>
        <translation>Welche Operation zu welcher Dienstklasse gehört, hat Keyport rekonstruiert: Exoscale veröffentlicht diese Zuordnung nicht.</translation>
    </message>
    <message>
        <source>allowed: %1</source>
        <translation>erlaubt: %1</translation>
    </message>
    <message>
        <source>denied: %1</source>
        <translation>abgelehnt: %1</translation>
    </message>
    <message>
        <source>rules, in order; the first that matches decides.</source>
        <translation>Regeln, der Reihe nach; die erste zutreffende entscheidet.</translation>
    </message>
    <message>
        <source>Allow</source>
        <translation>Erlauben</translation>
    </message>
    <message>
        <source>Deny</source>
        <translation>Ablehnen</translation>
    </message>
    <message>
        <source>Rule %1: %2</source>
        <translation>Regel %1: %2</translation>
    </message>
    <message>
        <source>No rule: every %1 operation is denied.</source>
        <translation>Keine Regel: Jede Operation von %1 wird abgelehnt.</translation>
    </message>
</context>
<context>
    <name>Keyport::ProblemShowingPage</name>
    <message>
        <source>Based on %1 (%2)</source>
        <translation>Auf Basis von %1 (%2)</translation>
    </message>
</context>
<context>
    <name>Keyport::QuitGuard</name>
    <message>
        <source>Saving secrets before quitting…</source>
        <translation>Geheimnisse werden vor dem Beenden gespeichert …</translation>
    </message>
    <message>
        <source>Quit Without Storing the Secret?</source>
        <translation>Beenden, ohne das Geheimnis zu speichern?</translation>
    </message>
    <message>
        <source>The secret of the new key %1 is not saved anywhere that outlives Keyport. Once Keyport has quit, nobody can see it again, and the key will need to be revoked and created anew.</source>
        <translation>Das Geheimnis des neuen Schlüssels %1 ist nirgends gespeichert, wo es das Beenden von Keyport überdauert. Sobald Keyport beendet ist, kann es niemand mehr einsehen, und der Schlüssel muss widerrufen und neu erstellt werden.</translation>
    </message>
    <message>
        <source>Quit and Lose the Secret</source>
        <translation>Beenden und Geheimnis verlieren</translation>
    </message>
</context>
<context>
    <name>Keyport::ReloadCatalogCommand</name>
    <message numerus="yes">
        <source>The catalog was reloaded: %n operation(s).</source>
        <translation>
            <numerusform>Der Katalog wurde neu geladen: %n Operation.</numerusform>
            <numerusform>Der Katalog wurde neu geladen: %n Operationen.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Keyport::RemoveAccountCommand</name>
    <message>
        <source>Remove Account</source>
        <translation>Konto entfernen</translation>
    </message>
    <message numerus="yes">
        <source>Remove the account %1 from Keyport?

Keyport deletes the %n secret(s) it keeps for this account. The keys themselves stay valid at Exoscale.</source>
        <translation>
            <numerusform>Das Konto %1 aus Keyport entfernen?

Keyport löscht das %n Geheimnis, das es für dieses Konto aufbewahrt. Die Schlüssel selbst bleiben bei Exoscale gültig.</numerusform>
            <numerusform>Das Konto %1 aus Keyport entfernen?

Keyport löscht die %n Geheimnisse, die es für dieses Konto aufbewahrt. Die Schlüssel selbst bleiben bei Exoscale gültig.</numerusform>
        </translation>
    </message>
    <message>
        <source>The account %1 was removed, but not all of its secrets: %2</source>
        <translation>Das Konto %1 wurde entfernt, aber nicht alle seine Geheimnisse: %2</translation>
    </message>
    <message>
        <source>The account %1 was not removed: %2</source>
        <translation>Das Konto %1 wurde nicht entfernt: %2</translation>
    </message>
    <message>
        <source>Removed the account %1.</source>
        <translation>Das Konto %1 wurde entfernt.</translation>
    </message>
</context>
<context>
    <name>Keyport::ResetOrganizationPolicyCommand</name>
    <message>
        <source>Reset Policy</source>
        <translation>Richtlinie zurücksetzen</translation>
    </message>
    <message>
        <source>The account was closed before the organization policy was reset.</source>
        <translation>Das Konto wurde geschlossen, bevor die Organisationsrichtlinie zurückgesetzt wurde.</translation>
    </message>
    <message>
        <source>The organization policy was not reset: %1</source>
        <translation>Die Organisationsrichtlinie wurde nicht zurückgesetzt: %1</translation>
    </message>
    <message>
        <source>The organization policy was reset: it allows everything.</source>
        <translation>Die Organisationsrichtlinie wurde zurückgesetzt: Sie erlaubt alles.</translation>
    </message>
</context>
<context>
    <name>Keyport::ResourcesPage</name>
    <message>
        <source>&amp;Add Resource</source>
        <translation>Ressource &amp;hinzufügen</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Entfernen</translation>
    </message>
    <message>
        <source>Resources</source>
        <translation>Ressourcen</translation>
    </message>
    <message>
        <source>Optionally, limit the key to some buckets or products. Without any, the operations apply to every resource.</source>
        <translation>Beschränken Sie den Schlüssel optional auf bestimmte Buckets oder Produkte. Ohne Angabe gelten die Operationen für alle Ressourcen.</translation>
    </message>
    <message>
        <source>Object storage bucket (sos/bucket)</source>
        <translation>Objektspeicher-Bucket (sos/bucket)</translation>
    </message>
    <message>
        <source>Partner product (partner/product)</source>
        <translation>Partnerprodukt (partner/product)</translation>
    </message>
    <message>
        <source>Kind of resource</source>
        <translation>Art der Ressource</translation>
    </message>
    <message>
        <source>my-bucket</source>
        <translation>my-bucket</translation>
    </message>
    <message>
        <source>Resource name</source>
        <translation>Ressourcenname</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Art:</translation>
    </message>
    <message>
        <source>Na&amp;me:</source>
        <translation>Na&amp;me:</translation>
    </message>
    <message>
        <source>%1 is already in the list.</source>
        <translation>%1 ist bereits in der Liste.</translation>
    </message>
    <message>
        <source>None of the chosen operations works on object storage, so the bucket restrictions will have no effect.</source>
        <translation>Keine der gewählten Operationen wirkt auf den Objektspeicher, daher haben die Bucket-Einschränkungen keine Wirkung.</translation>
    </message>
</context>
<context>
    <name>Keyport::ReviewPage</name>
    <message>
        <source>Review</source>
        <translation>Überprüfung</translation>
    </message>
    <message>
        <source>Check the key, then create it. Its secret is shown once, on the next page.</source>
        <translation>Überprüfen Sie den Schlüssel und erstellen Sie ihn dann. Sein Geheimnis wird einmalig auf der nächsten Seite angezeigt.</translation>
    </message>
    <message>
        <source>&amp;Create Key</source>
        <translation>Schlüssel &amp;erstellen</translation>
    </message>
    <message>
        <source>Request body</source>
        <translation>Anfrageinhalt</translation>
    </message>
    <message>
        <source>Equivalent exo command</source>
        <translation>Entsprechender exo-Befehl</translation>
    </message>
    <message>
        <source>Request b&amp;ody:</source>
        <translation>Anfrage&amp;inhalt:</translation>
    </message>
    <message>
        <source>The same with the e&amp;xo CLI:</source>
        <translation>Dasselbe mit der e&amp;xo-CLI:</translation>
    </message>
    <message>
        <source>Name: %1</source>
        <translation>Name: %1</translation>
    </message>
    <message>
        <source>Unrestricted: every right of the signing key.</source>
        <translation>Uneingeschränkt: alle Rechte des signierenden Schlüssels.</translation>
    </message>
    <message>
        <source>Tags: none</source>
        <translation>Tags: keine</translation>
    </message>
    <message>
        <source>Tags: %1</source>
        <translation>Tags: %1</translation>
    </message>
    <message>
        <source>Operations picked alone: none</source>
        <translation>Einzeln gewählte Operationen: keine</translation>
    </message>
    <message>
        <source>Operations picked alone: %1</source>
        <translation>Einzeln gewählte Operationen: %1</translation>
    </message>
    <message numerus="yes">
        <source>In effect: %n operation(s)</source>
        <translation>
            <numerusform>Wirksam: %n Operation</numerusform>
            <numerusform>Wirksam: %n Operationen</numerusform>
        </translation>
    </message>
    <message>
        <source>Resources: any</source>
        <translation>Ressourcen: beliebig</translation>
    </message>
    <message>
        <source>Resources: %1</source>
        <translation>Ressourcen: %1</translation>
    </message>
    <message>
        <source>Same restrictions as %1.</source>
        <translation>Gleiche Einschränkungen wie %1.</translation>
    </message>
    <message>
        <source>Compared with %1:
%2</source>
        <translation>Im Vergleich zu %1:
%2</translation>
    </message>
</context>
<context>
    <name>Keyport::RevokeDialog</name>
    <message>
        <source>Revoke Key</source>
        <translation>Schlüssel widerrufen</translation>
    </message>
    <message numerus="yes">
        <source>Revoke %n Keys</source>
        <translation>
            <numerusform>%n Schlüssel widerrufen</numerusform>
            <numerusform>%n Schlüssel widerrufen</numerusform>
        </translation>
    </message>
    <message>
        <source>Revoke the access key %1?</source>
        <translation>Den Zugangsschlüssel %1 widerrufen?</translation>
    </message>
    <message>
        <source>Revoke the access key %1 (%2)?</source>
        <translation>Den Zugangsschlüssel %1 (%2) widerrufen?</translation>
    </message>
    <message numerus="yes">
        <source>Revoke these %n access keys?</source>
        <translation>
            <numerusform>Diesen %n Zugangsschlüssel widerrufen?</numerusform>
            <numerusform>Diese %n Zugangsschlüssel widerrufen?</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Key to revoke</source>
        <translation>Zu widerrufender &amp;Schlüssel</translation>
    </message>
    <message>
        <source>&amp;Keys to revoke</source>
        <translation>Zu widerrufende &amp;Schlüssel</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Schlüssel</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>The key this account signs with</source>
        <translation>Der Schlüssel, mit dem dieses Konto signiert</translation>
    </message>
    <message>
        <source>Revocation is immediate and cannot be undone. Programs that use this key stop working at once. Keys that were created with this key stay valid.</source>
        <translation>Der Widerruf erfolgt sofort und kann nicht rückgängig gemacht werden. Programme, die diesen Schlüssel verwenden, funktionieren ab sofort nicht mehr. Schlüssel, die mit diesem Schlüssel erstellt wurden, bleiben gültig.</translation>
    </message>
    <message numerus="yes">
        <source>Revocation is immediate and cannot be undone. Programs that use these %n keys stop working at once. Keys that were created with them stay valid.</source>
        <translation>
            <numerusform>Der Widerruf erfolgt sofort und kann nicht rückgängig gemacht werden. Programme, die diesen %n Schlüssel verwenden, funktionieren ab sofort nicht mehr. Schlüssel, die mit ihm erstellt wurden, bleiben gültig.</numerusform>
            <numerusform>Der Widerruf erfolgt sofort und kann nicht rückgängig gemacht werden. Programme, die diese %n Schlüssel verwenden, funktionieren ab sofort nicht mehr. Schlüssel, die mit ihnen erstellt wurden, bleiben gültig.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 is the key this account signs with. Once it is revoked, Keyport can no longer use this account: to go on, add the account again with another key.</source>
        <translation>%1 ist der Schlüssel, mit dem dieses Konto signiert. Sobald er widerrufen ist, kann Keyport dieses Konto nicht mehr verwenden: Um fortzufahren, fügen Sie das Konto mit einem anderen Schlüssel erneut hinzu.</translation>
    </message>
    <message>
        <source>%1 is the key this account signs with. It is revoked last, after the other keys. Once it is revoked, Keyport can no longer use this account: to go on, add the account again with another key.</source>
        <translation>%1 ist der Schlüssel, mit dem dieses Konto signiert. Er wird zuletzt widerrufen, nach den anderen Schlüsseln. Sobald er widerrufen ist, kann Keyport dieses Konto nicht mehr verwenden: Um fortzufahren, fügen Sie das Konto mit einem anderen Schlüssel erneut hinzu.</translation>
    </message>
    <message>
        <source>To confirm, type the &amp;ID of this key: %1</source>
        <translation>Geben Sie zur Bestätigung die &amp;ID dieses Schlüssels ein: %1</translation>
    </message>
    <message>
        <source>To confirm, type the &amp;name of this key: %1</source>
        <translation>Geben Sie zur Bestätigung den &amp;Namen dieses Schlüssels ein: %1</translation>
    </message>
    <message>
        <source>Also &amp;delete the secret Keyport stored for this key</source>
        <translation>Das von Keyport für diesen Schlüssel gespeicherte Geheimnis ebenfalls &amp;löschen</translation>
    </message>
    <message>
        <source>Also &amp;delete the secrets Keyport stored for these keys</source>
        <translation>Die von Keyport für diese Schlüssel gespeicherten Geheimnisse ebenfalls &amp;löschen</translation>
    </message>
    <message>
        <source>Revoking… Exoscale finishes each revocation in the background; this can take a moment.</source>
        <translation>Widerruf läuft … Exoscale schließt jeden Widerruf im Hintergrund ab; das kann einen Moment dauern.</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>Wartet</translation>
    </message>
    <message>
        <source>Revoking…</source>
        <translation>Wird widerrufen …</translation>
    </message>
    <message>
        <source>Revoked. %1</source>
        <translation>Widerrufen. %1</translation>
    </message>
    <message>
        <source>Revoked</source>
        <translation>Widerrufen</translation>
    </message>
    <message>
        <source>Already gone. %1</source>
        <translation>Bereits entfernt. %1</translation>
    </message>
    <message>
        <source>Already gone</source>
        <translation>Bereits entfernt</translation>
    </message>
    <message>
        <source>The revocation was stopped before it finished. Refresh the key list to see which keys are gone.</source>
        <translation>Der Widerruf wurde vor seinem Abschluss angehalten. Aktualisieren Sie die Schlüsselliste, um zu sehen, welche Schlüssel entfernt sind.</translation>
    </message>
    <message>
        <source>Every key was revoked, but not every stored secret could be deleted.</source>
        <translation>Alle Schlüssel wurden widerrufen, aber nicht alle gespeicherten Geheimnisse konnten gelöscht werden.</translation>
    </message>
    <message>
        <source>%1 (%2): %3</source>
        <translation>%1 (%2): %3</translation>
    </message>
    <message>
        <source>Retry &amp;Failed Keys</source>
        <translation>Fehlgeschlagene erneut &amp;versuchen</translation>
    </message>
    <message>
        <source>Stopping…</source>
        <translation>Wird angehalten …</translation>
    </message>
    <message>
        <source>Unknown: checking the key list…</source>
        <translation>Unbekannt: Schlüsselliste wird geprüft …</translation>
    </message>
    <message>
        <source>Not revoked: %1</source>
        <translation>Nicht widerrufen: %1</translation>
    </message>
    <message>
        <source>Unknown: %1</source>
        <translation>Unbekannt: %1</translation>
    </message>
    <message>
        <source>You stopped the revocation.</source>
        <translation>Sie haben den Widerruf angehalten.</translation>
    </message>
    <message numerus="yes">
        <source>%n key(s) revoked.</source>
        <translation>
            <numerusform>%n Schlüssel wurde widerrufen.</numerusform>
            <numerusform>%n Schlüssel wurden widerrufen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n key(s) not revoked; they stay in the key list.</source>
        <translation>
            <numerusform>%n Schlüssel wurde nicht widerrufen; er bleibt in der Schlüsselliste.</numerusform>
            <numerusform>%n Schlüssel wurden nicht widerrufen; sie bleiben in der Schlüsselliste.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n key(s) in an unknown state: Keyport could not find out whether Exoscale revoked them. They stay in the key list; refresh it later.</source>
        <translation>
            <numerusform>%n Schlüssel in unbekanntem Zustand: Keyport konnte nicht feststellen, ob Exoscale ihn widerrufen hat. Er bleibt in der Schlüsselliste; aktualisieren Sie die Liste später.</numerusform>
            <numerusform>%n Schlüssel in unbekanntem Zustand: Keyport konnte nicht feststellen, ob Exoscale sie widerrufen hat. Sie bleiben in der Schlüsselliste; aktualisieren Sie die Liste später.</numerusform>
        </translation>
    </message>
    <message>
        <source>Account %1 · %2</source>
        <translation>Konto %1 · %2</translation>
    </message>
    <message>
        <source>Account %1</source>
        <translation>Konto %1</translation>
    </message>
    <message numerus="yes">
        <source>Revoking: %1 of %n key(s) done. Checking whether Exoscale revoked the others…</source>
        <translation>
            <numerusform>Widerruf läuft: %1 von %n Schlüssel erledigt. Es wird geprüft, ob Exoscale die anderen widerrufen hat …</numerusform>
            <numerusform>Widerruf läuft: %1 von %n Schlüsseln erledigt. Es wird geprüft, ob Exoscale die anderen widerrufen hat …</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Revoking: %1 of %n key(s) done. Exoscale finishes each revocation in the background; this can take a moment.</source>
        <translation>
            <numerusform>Widerruf läuft: %1 von %n Schlüssel erledigt. Exoscale schließt jeden Widerruf im Hintergrund ab; das kann einen Moment dauern.</numerusform>
            <numerusform>Widerruf läuft: %1 von %n Schlüsseln erledigt. Exoscale schließt jeden Widerruf im Hintergrund ab; das kann einen Moment dauern.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Keyport::RevokeKeysFlow</name>
    <message>
        <source>Keyport cannot sign requests for this account yet, so the key was not revoked. Try again once the key list has loaded.</source>
        <translation>Keyport kann für dieses Konto noch keine Anfragen signieren, daher wurde der Schlüssel nicht widerrufen. Versuchen Sie es erneut, sobald die Schlüsselliste geladen ist.</translation>
    </message>
    <message>
        <source>The secret Keyport stored for this key was not deleted: %1</source>
        <translation>Das von Keyport für diesen Schlüssel gespeicherte Geheimnis wurde nicht gelöscht: %1</translation>
    </message>
    <message>
        <source>Keyport closed the secret store before it answered.</source>
        <translation>Keyport hat den Geheimnisspeicher geschlossen, bevor dieser geantwortet hat.</translation>
    </message>
    <message>
        <source>Keyport stopped waiting before Exoscale confirmed the revocation.</source>
        <translation>Keyport hat aufgehört zu warten, bevor Exoscale den Widerruf bestätigt hat.</translation>
    </message>
    <message>
        <source>%1 Keyport stopped before it could check whether the key is gone. Refresh the key list to see.</source>
        <translation>%1 Keyport hat angehalten, bevor es prüfen konnte, ob der Schlüssel entfernt ist. Aktualisieren Sie die Schlüsselliste, um nachzusehen.</translation>
    </message>
    <message>
        <source>The revocation was stopped before this key&apos;s turn; nothing was sent.</source>
        <translation>Der Widerruf wurde angehalten, bevor dieser Schlüssel an der Reihe war; es wurde nichts gesendet.</translation>
    </message>
    <message>
        <source>You stopped the revocation before Exoscale confirmed it.</source>
        <translation>Sie haben den Widerruf angehalten, bevor Exoscale ihn bestätigt hat.</translation>
    </message>
    <message>
        <source>Exoscale accepted the revocation, but Keyport could not follow it to the end: %1</source>
        <translation>Exoscale hat den Widerruf angenommen, aber Keyport konnte ihn nicht bis zum Ende verfolgen: %1</translation>
    </message>
    <message>
        <source>%1 Keyport can no longer read the key list of this account to check whether the key is gone.</source>
        <translation>%1 Keyport kann die Schlüsselliste dieses Kontos nicht mehr lesen, um zu prüfen, ob der Schlüssel entfernt ist.</translation>
    </message>
    <message>
        <source>%1 Keyport could not read the key list to check whether the key is gone either: %2</source>
        <translation>%1 Keyport konnte auch die Schlüsselliste nicht lesen, um zu prüfen, ob der Schlüssel entfernt ist: %2</translation>
    </message>
    <message>
        <source>%1 Exoscale accepted the revocation but has not finished it: the key is still in the key list. Refresh the list later to see whether it is gone.</source>
        <translation>%1 Exoscale hat den Widerruf angenommen, aber noch nicht abgeschlossen: Der Schlüssel ist noch in der Schlüsselliste. Aktualisieren Sie die Liste später, um zu sehen, ob er entfernt ist.</translation>
    </message>
    <message>
        <source>%1 The key is still in the key list: Exoscale did not revoke it.</source>
        <translation>%1 Der Schlüssel ist noch in der Schlüsselliste: Exoscale hat ihn nicht widerrufen.</translation>
    </message>
</context>
<context>
    <name>Keyport::RoleEditorCommand</name>
    <message>
        <source>This role as edited</source>
        <translation>Diese Rolle in der bearbeiteten Fassung</translation>
    </message>
    <message>
        <source>Test Bench</source>
        <translation>Testumgebung</translation>
    </message>
    <message>
        <source>Save Policy</source>
        <translation>Richtlinie speichern</translation>
    </message>
    <message>
        <source>The role %1 was saved.</source>
        <translation>Die Rolle %1 wurde gespeichert.</translation>
    </message>
    <message>
        <source>The role %1 was created.</source>
        <translation>Die Rolle %1 wurde erstellt.</translation>
    </message>
</context>
<context>
    <name>Keyport::RoleEditorDialog</name>
    <message>
        <source>New Role</source>
        <translation>Neue Rolle</translation>
    </message>
    <message>
        <source>Edit Role %1</source>
        <translation>Rolle %1 bearbeiten</translation>
    </message>
    <message>
        <source>New Role from %1</source>
        <translation>Neue Rolle aus %1</translation>
    </message>
    <message>
        <source>Save Role</source>
        <translation>Rolle speichern</translation>
    </message>
    <message>
        <source>Create Role</source>
        <translation>Rolle erstellen</translation>
    </message>
    <message>
        <source>A role keeps its name: to rename it, create a new role.</source>
        <translation>Eine Rolle behält ihren Namen: Um sie umzubenennen, erstellen Sie eine neue Rolle.</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Name</translation>
    </message>
    <message>
        <source>&amp;Description</source>
        <translation>&amp;Beschreibung</translation>
    </message>
    <message>
        <source>&amp;Editable</source>
        <translation>B&amp;earbeitbar</translation>
    </message>
    <message>
        <source>Whether a role is editable is chosen once, when it is created.</source>
        <translation>Ob eine Rolle bearbeitbar ist, wird einmalig bei ihrer Erstellung festgelegt.</translation>
    </message>
    <message>
        <source>A role that is not editable can never be changed or deleted, not even by the person who created it. This cannot be undone.</source>
        <translation>Eine nicht bearbeitbare Rolle kann nie geändert oder gelöscht werden, nicht einmal von der Person, die sie erstellt hat. Dies kann nicht rückgängig gemacht werden.</translation>
    </message>
    <message>
        <source>Permissions</source>
        <translation>Berechtigungen</translation>
    </message>
    <message>
        <source>&amp;Bypass governance retention</source>
        <translation>Governance-Aufbewahrung &amp;umgehen</translation>
    </message>
    <message>
        <source>&amp;Reset the organization policy</source>
        <translation>Organisationsrichtlinie zu&amp;rücksetzen</translation>
    </message>
    <message>
        <source>Labels</source>
        <translation>Labels</translation>
    </message>
    <message>
        <source>Add &amp;Label</source>
        <translation>&amp;Label hinzufügen</translation>
    </message>
    <message>
        <source>Policy</source>
        <translation>Richtlinie</translation>
    </message>
    <message>
        <source>&amp;Body sent: the role update and the policy update</source>
        <translation>&amp;Gesendeter Anfragetext: die Aktualisierung der Rolle und die der Richtlinie</translation>
    </message>
    <message>
        <source>&amp;Body sent to create the role</source>
        <translation>&amp;Gesendeter Anfragetext zum Erstellen der Rolle</translation>
    </message>
    <message>
        <source>No labels.</source>
        <translation>Keine Labels.</translation>
    </message>
    <message>
        <source>Remove Label</source>
        <translation>Label entfernen</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Schlüssel</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>never changes after the role is created: it is not part of an update</source>
        <translation>ändert sich nach dem Erstellen der Rolle nie und ist nicht Teil einer Aktualisierung</translation>
    </message>
    <message>
        <source>is not sent: the body has only role and policy</source>
        <translation>wird nicht gesendet: Der Anfragetext enthält nur role und policy</translation>
    </message>
    <message>
        <source>must be an object</source>
        <translation>muss ein Objekt sein</translation>
    </message>
    <message>
        <source>is not part of a role update: it would not be sent</source>
        <translation>ist nicht Teil einer Rollenaktualisierung und würde nicht gesendet</translation>
    </message>
    <message>
        <source>The body is not a role.</source>
        <translation>Der Anfragetext ist keine Rolle.</translation>
    </message>
    <message>
        <source>This role is not editable: it can never be changed.</source>
        <translation>Diese Rolle ist nicht bearbeitbar: Sie kann nie geändert werden.</translation>
    </message>
    <message>
        <source>The JSON is not valid: %1</source>
        <translation>Das JSON ist ungültig: %1</translation>
    </message>
    <message>
        <source>The label with the value %1 has no key.</source>
        <translation>Das Label mit dem Wert %1 hat keinen Schlüssel.</translation>
    </message>
    <message>
        <source>The label %1 is given twice.</source>
        <translation>Das Label %1 ist doppelt angegeben.</translation>
    </message>
    <message>
        <source>The role cannot be saved: %1</source>
        <translation>Die Rolle kann nicht gespeichert werden: %1</translation>
    </message>
    <message>
        <source>Nothing has changed yet.</source>
        <translation>Es wurde noch nichts geändert.</translation>
    </message>
</context>
<context>
    <name>Keyport::RoleModel</name>
    <message>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Nein</translation>
    </message>
    <message>
        <source>%1 is a built-in or locked role: it cannot be changed.</source>
        <translation>%1 ist eine integrierte oder gesperrte Rolle: Sie kann nicht geändert werden.</translation>
    </message>
    <message numerus="yes">
        <source>%n API key(s) bound to this role</source>
        <translation>
            <numerusform>%n API-Schlüssel, der dieser Rolle zugeordnet ist</numerusform>
            <numerusform>%n API-Schlüssel, die dieser Rolle zugeordnet sind</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n person(s) bound to this role</source>
        <translation>
            <numerusform>%n Person, die dieser Rolle zugeordnet ist</numerusform>
            <numerusform>%n Personen, die dieser Rolle zugeordnet sind</numerusform>
        </translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <source>Editable</source>
        <translation>Bearbeitbar</translation>
    </message>
    <message>
        <source>API keys</source>
        <translation>API-Schlüssel</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Personen</translation>
    </message>
</context>
<context>
    <name>Keyport::RolesPage</name>
    <message>
        <source>Roles</source>
        <translation>Rollen</translation>
    </message>
    <message>
        <source>Description:</source>
        <translation>Beschreibung:</translation>
    </message>
    <message>
        <source>Labels:</source>
        <translation>Labels:</translation>
    </message>
    <message>
        <source>Permissions:</source>
        <translation>Berechtigungen:</translation>
    </message>
    <message>
        <source>Editable:</source>
        <translation>Bearbeitbar:</translation>
    </message>
    <message>
        <source>API keys:</source>
        <translation>API-Schlüssel:</translation>
    </message>
    <message>
        <source>People:</source>
        <translation>Personen:</translation>
    </message>
    <message>
        <source>Policy:</source>
        <translation>Richtlinie:</translation>
    </message>
    <message>
        <source>The roles could not be loaded: %1</source>
        <translation>Die Rollen konnten nicht geladen werden: %1</translation>
    </message>
    <message>
        <source>Loading the roles…</source>
        <translation>Rollen werden geladen…</translation>
    </message>
    <message>
        <source>Select a role to see its details.</source>
        <translation>Wählen Sie eine Rolle aus, um ihre Details zu sehen.</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Keine</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <source>No: a built-in or locked role, it cannot be changed or deleted.</source>
        <translation>Nein: eine integrierte oder gesperrte Rolle; sie kann weder geändert noch gelöscht werden.</translation>
    </message>
    <message>
        <source>%1 (invited)</source>
        <translation>%1 (eingeladen)</translation>
    </message>
    <message>
        <source>Not known: %1</source>
        <translation>Nicht bekannt: %1</translation>
    </message>
    <message>
        <source>Not known yet.</source>
        <translation>Noch nicht bekannt.</translation>
    </message>
    <message>
        <source>This role has no policy.</source>
        <translation>Diese Rolle hat keine Richtlinie.</translation>
    </message>
</context>
<context>
    <name>Keyport::Sandbox</name>
    <message>
        <source>Cannot read the catalog %1: %2</source>
        <translation>Der Katalog %1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>Cannot write the log %1: %2</source>
        <translation>Das Protokoll %1 kann nicht geschrieben werden: %2</translation>
    </message>
</context>
<context>
    <name>Keyport::SandboxFault</name>
    <message>
        <source>Invalid fault &quot;%1&quot;: %2</source>
        <translation>Ungültige Fehlerangabe „%1“: %2</translation>
    </message>
    <message>
        <source>the count after * must be a positive number</source>
        <translation>die Anzahl nach * muss eine positive Zahl sein</translation>
    </message>
    <message>
        <source>the path after @ must start with /</source>
        <translation>der Pfad nach @ muss mit / beginnen</translation>
    </message>
    <message>
        <source>latency needs a number of milliseconds, as in latency:500</source>
        <translation>latency benötigt eine Anzahl von Millisekunden, wie in latency:500</translation>
    </message>
    <message>
        <source>429 takes the Retry-After seconds, as in 429:5</source>
        <translation>429 erwartet die Retry-After-Sekunden, wie in 429:5</translation>
    </message>
    <message>
        <source>the kind must be an HTTP status from 400 to 599, malformed, drop, hang, latency or iamv3</source>
        <translation>die Art muss ein HTTP-Status von 400 bis 599, malformed, drop, hang, latency oder iamv3 sein</translation>
    </message>
    <message>
        <source>a method or a path must follow @</source>
        <translation>auf @ muss eine Methode oder ein Pfad folgen</translation>
    </message>
    <message>
        <source>a status takes the Retry-After seconds, as in 503:5, or nothing</source>
        <translation>ein Status erwartet die Retry-After-Sekunden, wie in 503:5, oder nichts</translation>
    </message>
</context>
<context>
    <name>Keyport::SaveRoleFlow</name>
    <message>
        <source>The account is not open.</source>
        <translation>Das Konto ist nicht geöffnet.</translation>
    </message>
    <message>
        <source>The role was not created: %1 The list of roles shows no role %2.</source>
        <translation>Die Rolle wurde nicht erstellt: %1 Die Liste der Rollen enthält keine Rolle %2.</translation>
    </message>
    <message>
        <source>Whether the role %1 was created is unknown: %2 The roles could not be listed either: %3 Refresh, then look for it before trying again.</source>
        <translation>Ob die Rolle %1 erstellt wurde, ist unbekannt: %2 Auch die Rollen konnten nicht aufgelistet werden: %3 Aktualisieren Sie die Ansicht und suchen Sie dann nach der Rolle, bevor Sie es erneut versuchen.</translation>
    </message>
    <message>
        <source>The role was not created. %1</source>
        <translation>Die Rolle wurde nicht erstellt. %1</translation>
    </message>
    <message>
        <source>Nothing was saved: the role&apos;s description, permissions and labels were refused, and its policy was not sent. %1</source>
        <translation>Es wurde nichts gespeichert: Beschreibung, Berechtigungen und Labels der Rolle wurden abgelehnt, und ihre Richtlinie wurde nicht gesendet. %1</translation>
    </message>
    <message>
        <source>The role&apos;s description, permissions and labels were not saved. %1</source>
        <translation>Beschreibung, Berechtigungen und Labels der Rolle wurden nicht gespeichert. %1</translation>
    </message>
    <message>
        <source>The role&apos;s description, permissions and labels were saved, but its policy was not: the old policy still applies. %1</source>
        <translation>Beschreibung, Berechtigungen und Labels der Rolle wurden gespeichert, ihre Richtlinie jedoch nicht: Die bisherige Richtlinie gilt weiterhin. %1</translation>
    </message>
    <message>
        <source>The role&apos;s policy was not saved: the old policy still applies. %1</source>
        <translation>Die Richtlinie der Rolle wurde nicht gespeichert: Die bisherige Richtlinie gilt weiterhin. %1</translation>
    </message>
    <message>
        <source>The role was saved, but reading it back failed: refresh to see it. %1</source>
        <translation>Die Rolle wurde gespeichert, aber sie konnte danach nicht erneut gelesen werden: Aktualisieren Sie die Ansicht, um sie zu sehen. %1</translation>
    </message>
</context>
<context>
    <name>Keyport::SecretCommandJob</name>
    <message>
        <source>No command to run was given.</source>
        <translation>Es wurde kein auszuführender Befehl angegeben.</translation>
    </message>
    <message>
        <source>The command %1 could not be started: %2</source>
        <translation>Der Befehl %1 konnte nicht gestartet werden: %2</translation>
    </message>
    <message>
        <source>The command %1 crashed.</source>
        <translation>Der Befehl %1 ist abgestürzt.</translation>
    </message>
    <message>
        <source>The command %1 failed with exit code %2.</source>
        <translation>Der Befehl %1 ist mit dem Exit-Code %2 fehlgeschlagen.</translation>
    </message>
    <message>
        <source>The command %1 failed with exit code %2: %3</source>
        <translation>Der Befehl %1 ist mit dem Exit-Code %2 fehlgeschlagen: %3</translation>
    </message>
    <message>
        <source>The command %1 printed no secret: its first line of output is empty.</source>
        <translation>Der Befehl %1 hat kein Geheimnis ausgegeben: Die erste Zeile seiner Ausgabe ist leer.</translation>
    </message>
    <message numerus="yes">
        <source>The command %1 did not finish within %n second(s) and was stopped.</source>
        <translation>
            <numerusform>Der Befehl %1 wurde nicht innerhalb von %n Sekunde beendet und daher abgebrochen.</numerusform>
            <numerusform>Der Befehl %1 wurde nicht innerhalb von %n Sekunden beendet und daher abgebrochen.</numerusform>
        </translation>
    </message>
    <message>
        <source>The command %1 printed more than %2 KiB, which cannot be a secret, and was stopped.</source>
        <translation>Der Befehl %1 hat mehr als %2 KiB ausgegeben, was kein Geheimnis sein kann, und wurde abgebrochen.</translation>
    </message>
</context>
<context>
    <name>Keyport::SecretPage</name>
    <message>
        <source>Re&amp;veal</source>
        <translation>&amp;Anzeigen</translation>
    </message>
    <message>
        <source>&amp;Copy Secret</source>
        <translation>Geheimnis &amp;kopieren</translation>
    </message>
    <message>
        <source>Copy as &amp;Environment Variables</source>
        <translation>Als &amp;Umgebungsvariablen kopieren</translation>
    </message>
    <message>
        <source>I have &amp;stored this secret</source>
        <translation>Ich habe dieses Geheimnis &amp;gesichert</translation>
    </message>
    <message>
        <source>The Key&apos;s Secret</source>
        <translation>Das Geheimnis des Schlüssels</translation>
    </message>
    <message>
        <source>This is the only time Exoscale gives the secret.</source>
        <translation>Nur dieses eine Mal gibt Exoscale das Geheimnis heraus.</translation>
    </message>
    <message>
        <source>Secret</source>
        <translation>Geheimnis</translation>
    </message>
    <message>
        <source>Key ID:</source>
        <translation>Schlüssel-ID:</translation>
    </message>
    <message>
        <source>Secret:</source>
        <translation>Geheimnis:</translation>
    </message>
    <message>
        <source>Saved in %1 as %2. Keyport can copy it for you later.</source>
        <translation>Das Geheimnis wurde %1 als %2 gespeichert. Keyport kann es später für Sie kopieren.</translation>
    </message>
    <message>
        <source>&lt;b&gt;The secret was not saved&lt;/b&gt;: %1&lt;br&gt;Copy it somewhere safe now: once this window is closed, nobody can see it again.</source>
        <translation>&lt;b&gt;Das Geheimnis wurde nicht gespeichert&lt;/b&gt;: %1&lt;br&gt;Kopieren Sie es jetzt an einen sicheren Ort: Sobald dieses Fenster geschlossen ist, kann es niemand mehr einsehen.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Kept in memory for this session only&lt;/b&gt;: Keyport forgets it when it quits.&lt;br&gt;Copy it somewhere safe now: once Keyport has quit, nobody can see it again.</source>
        <translation>&lt;b&gt;Nur im Arbeitsspeicher dieser Sitzung aufbewahrt&lt;/b&gt;: Keyport vergisst es beim Beenden.&lt;br&gt;Kopieren Sie es jetzt an einen sicheren Ort: Sobald Keyport beendet ist, kann es niemand mehr einsehen.</translation>
    </message>
</context>
<context>
    <name>Keyport::ServiceMap</name>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>%1 is too large to be a service map</source>
        <translation>%1 ist zu groß für eine Dienstzuordnung</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>not JSON (%1 at offset %2)</source>
        <translation>kein JSON (%1 an Position %2)</translation>
    </message>
    <message>
        <source>&quot;services&quot; must be an object of service classes</source>
        <translation>&quot;services&quot; muss ein Objekt aus Dienstklassen sein</translation>
    </message>
    <message>
        <source>services.%1 must be a list of operations</source>
        <translation>services.%1 muss eine Liste von Operationen sein</translation>
    </message>
    <message>
        <source>services.%1 holds something that is not an operation name</source>
        <translation>services.%1 enthält etwas, das kein Operationsname ist</translation>
    </message>
    <message>
        <source>the operation %1 is listed under both %2 and %3</source>
        <translation>die Operation %1 ist sowohl unter %2 als auch unter %3 aufgeführt</translation>
    </message>
</context>
<context>
    <name>Keyport::SessionSecretJob</name>
    <message>
        <source>The session&apos;s secrets are gone.</source>
        <translation>Die Geheimnisse der Sitzung sind nicht mehr vorhanden.</translation>
    </message>
</context>
<context>
    <name>Keyport::SessionSecretStore</name>
    <message>
        <source>this session only</source>
        <translation>im Arbeitsspeicher dieser Sitzung</translation>
    </message>
    <message>
        <source>No secret is kept for this key in this session.</source>
        <translation>In dieser Sitzung wird für diesen Schlüssel kein Geheimnis aufbewahrt.</translation>
    </message>
</context>
<context>
    <name>Keyport::ShortcutsDialog</name>
    <message>
        <source>No shortcut matches.</source>
        <translation>Kein Tastenkürzel passt.</translation>
    </message>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation>Tastenkürzel</translation>
    </message>
    <message>
        <source>An action or a key</source>
        <translation>Eine Aktion oder eine Taste</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Aktion</translation>
    </message>
    <message>
        <source>Shortcut</source>
        <translation>Tastenkürzel</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Tastenkürzel</translation>
    </message>
    <message>
        <source>&amp;Filter:</source>
        <translation>&amp;Filtern:</translation>
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
        <translation>Die Umgebungsvariablen EXOSCALE_* können nicht verwendet werden: %1</translation>
    </message>
    <message>
        <source>The account of the EXOSCALE_* environment variables cannot be opened: %1</source>
        <translation>Das Konto aus den Umgebungsvariablen EXOSCALE_* kann nicht geöffnet werden: %1</translation>
    </message>
    <message>
        <source>There is no account named &quot;%1&quot;.</source>
        <translation>Es gibt kein Konto namens „%1“.</translation>
    </message>
</context>
<context>
    <name>Keyport::TestAccountCommand</name>
    <message>
        <source>Testing the account %1…</source>
        <translation>Konto %1 wird getestet …</translation>
    </message>
    <message>
        <source>The secret of the account %1 cannot be read: %2</source>
        <translation>Das Geheimnis des Kontos %1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>Test Account %1</source>
        <translation>Konto %1 testen</translation>
    </message>
</context>
<context>
    <name>Keyport::TestBenchDialog</name>
    <message>
        <source>Test Bench</source>
        <translation>Testumgebung</translation>
    </message>
</context>
<context>
    <name>Keyport::TestBenchWidget</name>
    <message>
        <source>&amp;Subject:</source>
        <translation>&amp;Subjekt:</translation>
    </message>
    <message>
        <source>&amp;Request</source>
        <translation>&amp;Anfrage</translation>
    </message>
    <message>
        <source>&amp;Matrix</source>
        <translation>&amp;Matrix</translation>
    </message>
    <message>
        <source>Request</source>
        <translation>Anfrage</translation>
    </message>
    <message>
        <source>No Exoscale document maps operations to service classes: Keyport&apos;s map is a reconstruction.</source>
        <translation>Kein Exoscale-Dokument ordnet Operationen den Dienstklassen zu: Die Zuordnung von Keyport ist eine Rekonstruktion.</translation>
    </message>
    <message>
        <source>Add Parameter</source>
        <translation>Parameter hinzufügen</translation>
    </message>
    <message>
        <source>Remove Parameter</source>
        <translation>Parameter entfernen</translation>
    </message>
    <message>
        <source>A value that reads as JSON (42, true, &quot;text&quot;, [&quot;a&quot;, &quot;b&quot;]) is that value; anything else is text.</source>
        <translation>Ein Wert, der sich als JSON lesen lässt (42, true, &quot;text&quot;, [&quot;a&quot;, &quot;b&quot;]), steht für diesen Wert; alles andere ist Text.</translation>
    </message>
    <message>
        <source>Add Resource</source>
        <translation>Ressource hinzufügen</translation>
    </message>
    <message>
        <source>Remove Resource</source>
        <translation>Ressource entfernen</translation>
    </message>
    <message>
        <source>A dotted name such as dns_domain.unicode_name is a member of a member.</source>
        <translation>Ein Name mit Punkten wie dns_domain.unicode_name bezeichnet ein Element innerhalb eines Elements.</translation>
    </message>
    <message>
        <source>Not given</source>
        <translation>Nicht angegeben</translation>
    </message>
    <message>
        <source>&amp;Operation:</source>
        <translation>&amp;Operation:</translation>
    </message>
    <message>
        <source>&amp;Parameters:</source>
        <translation>&amp;Parameter:</translation>
    </message>
    <message>
        <source>R&amp;esources:</source>
        <translation>&amp;Ressourcen:</translation>
    </message>
    <message>
        <source>&amp;Zone:</source>
        <translation>&amp;Zone:</translation>
    </message>
    <message>
        <source>Source &amp;address:</source>
        <translation>&amp;Quelladresse:</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>Skipped rules</source>
        <translation>Übersprungene Regeln</translation>
    </message>
    <message>
        <source>Service &amp;class:</source>
        <translation>&amp;Dienstklasse:</translation>
    </message>
    <message>
        <source>&amp;Verdicts:</source>
        <translation>&amp;Ergebnisse:</translation>
    </message>
    <message>
        <source>The draft in the editor</source>
        <translation>Der Entwurf im Editor</translation>
    </message>
    <message>
        <source>API key %1</source>
        <translation>API-Schlüssel %1</translation>
    </message>
    <message>
        <source>Role %1</source>
        <translation>Rolle %1</translation>
    </message>
    <message>
        <source>Service class %1</source>
        <translation>Dienstklasse %1</translation>
    </message>
    <message>
        <source>Service class: choose an operation</source>
        <translation>Dienstklasse: Wählen Sie eine Operation</translation>
    </message>
    <message>
        <source>Service class: unknown (Keyport&apos;s map does not list %1)</source>
        <translation>Dienstklasse: unbekannt (die Zuordnung von Keyport führt %1 nicht auf)</translation>
    </message>
    <message>
        <source>Service class: %1</source>
        <translation>Dienstklasse: %1</translation>
    </message>
    <message>
        <source>Role %1 has no policy: Keyport cannot tell what it allows.</source>
        <translation>Die Rolle %1 hat keine Richtlinie: Keyport kann nicht sagen, was sie erlaubt.</translation>
    </message>
    <message>
        <source>Choose an API key or a role to judge its requests.</source>
        <translation>Wählen Sie einen API-Schlüssel oder eine Rolle, um deren Anfragen zu beurteilen.</translation>
    </message>
    <message>
        <source>The role of API key %1 is not known: its requests cannot be judged.</source>
        <translation>Die Rolle des API-Schlüssels %1 ist nicht bekannt: Seine Anfragen können nicht beurteilt werden.</translation>
    </message>
    <message>
        <source>The organization policy is not known: only the subject&apos;s policy is judged.</source>
        <translation>Die Organisationsrichtlinie ist nicht bekannt: Nur die Richtlinie des Subjekts wird beurteilt.</translation>
    </message>
    <message>
        <source>Choose an operation to see the verdict.</source>
        <translation>Wählen Sie eine Operation, um das Ergebnis zu sehen.</translation>
    </message>
    <message>
        <source>None.</source>
        <translation>Keine.</translation>
    </message>
    <message>
        <source>Deciding policy: the organization policy.</source>
        <translation>Entscheidende Richtlinie: die Organisationsrichtlinie.</translation>
    </message>
    <message>
        <source>Deciding policy: the policy of role %1, the role of API key %2.</source>
        <translation>Entscheidende Richtlinie: die Richtlinie der Rolle %1, der Rolle des API-Schlüssels %2.</translation>
    </message>
    <message>
        <source>Deciding policy: the policy of role %1.</source>
        <translation>Entscheidende Richtlinie: die Richtlinie der Rolle %1.</translation>
    </message>
    <message>
        <source>Deciding policy: %1.</source>
        <translation>Entscheidende Richtlinie: %1.</translation>
    </message>
    <message>
        <source>Deciding rule: rule %1 of %2, which allows: %3</source>
        <translation>Entscheidende Regel: Regel %1 von %2, die erlaubt: %3</translation>
    </message>
    <message>
        <source>Deciding rule: rule %1 of %2, which denies: %3</source>
        <translation>Entscheidende Regel: Regel %1 von %2, die ablehnt: %3</translation>
    </message>
    <message>
        <source>Deciding rule: none, no rule matched.</source>
        <translation>Entscheidende Regel: keine, es hat keine Regel zugetroffen.</translation>
    </message>
    <message>
        <source>Deciding rule: none, no rule was tried.</source>
        <translation>Entscheidende Regel: keine, es wurde keine Regel geprüft.</translation>
    </message>
    <message>
        <source>A verdict that depends on parameters changes with the request: try it on the Request tab.</source>
        <translation>Ein Ergebnis, das von Parametern abhängt, ändert sich mit der Anfrage: Probieren Sie es auf der Registerkarte „Anfrage“ aus.</translation>
    </message>
</context>
<context>
    <name>Keyport::ViewActions</name>
    <message>
        <source>Reload &amp;Catalog</source>
        <translation>&amp;Katalog neu laden</translation>
    </message>
</context>
<context>
    <name>Keyport::WelcomePage</name>
    <message>
        <source>Welcome to Keyport</source>
        <translation>Willkommen bei Keyport</translation>
    </message>
    <message>
        <source>Keyport manages the IAM access keys of your Exoscale accounts. Add an account with an API key and its secret, import the accounts of the exo command-line tool, or look around in a simulated account first.</source>
        <translation>Keyport verwaltet die IAM-Zugangsschlüssel Ihrer Exoscale-Konten. Fügen Sie ein Konto mit einem API-Schlüssel und seinem Geheimnis hinzu, importieren Sie die Konten des Kommandozeilenwerkzeugs exo, oder sehen Sie sich zunächst in einem simulierten Konto um.</translation>
    </message>
    <message>
        <source>&amp;Add Account…</source>
        <translation>Konto &amp;hinzufügen …</translation>
    </message>
    <message>
        <source>&amp;Import from exo CLI…</source>
        <translation>Aus exo-CLI &amp;importieren …</translation>
    </message>
    <message>
        <source>Try the &amp;Demo</source>
        <translation>Demo aus&amp;probieren</translation>
    </message>
</context>
<context>
    <name>keyport-policy</name>
    <message>
        <source>Judge one request against a role&apos;s policy and the organisation&apos;s, as Exoscale would.</source>
        <translation>Prüft eine Anfrage gegen die Richtlinie einer Rolle und die der Organisation, wie Exoscale es tun würde.</translation>
    </message>
    <message>
        <source>Prints {&quot;decision&quot;: &quot;allow&quot;|&quot;deny&quot;, &quot;decided-by&quot;: &quot;organization&quot;|&quot;role&quot;, &quot;service&quot;, &quot;rule&quot;, &quot;skipped&quot;} and exits 0 when the request is allowed, 1 when it is denied, 2 on a usage error. A VALUE is JSON when it parses as JSON, else a string.</source>
        <translation>Gibt {&quot;decision&quot;: &quot;allow&quot;|&quot;deny&quot;, &quot;decided-by&quot;: &quot;organization&quot;|&quot;role&quot;, &quot;service&quot;, &quot;rule&quot;, &quot;skipped&quot;} aus und beendet sich mit 0, wenn die Anfrage erlaubt ist, mit 1, wenn sie abgelehnt wird, und mit 2 bei einem Aufruffehler. Ein VALUE ist JSON, wenn er sich als JSON parsen lässt, sonst eine Zeichenkette.</translation>
    </message>
    <message>
        <source>Show this help.</source>
        <translation>Diese Hilfe anzeigen.</translation>
    </message>
    <message>
        <source>The role&apos;s policy: a file holding an IAM policy, or a role with one.</source>
        <translation>Die Richtlinie der Rolle: eine Datei mit einer IAM-Richtlinie oder einer Rolle mit Richtlinie.</translation>
    </message>
    <message>
        <source>The organisation&apos;s policy (allow-all when not given).</source>
        <translation>Die Richtlinie der Organisation (ohne Angabe: alles erlaubt).</translation>
    </message>
    <message>
        <source>The operation, e.g. get-object.</source>
        <translation>Die Operation, z. B. get-object.</translation>
    </message>
    <message>
        <source>The service class (by default the operation&apos;s, from the service map).</source>
        <translation>Die Dienstklasse (standardmäßig die der Operation, laut Dienstzuordnung).</translation>
    </message>
    <message>
        <source>A request parameter, e.g. bucket=site-data. Repeatable.</source>
        <translation>Ein Anfrageparameter, z. B. bucket=site-data. Mehrfach angebbar.</translation>
    </message>
    <message>
        <source>A resource attribute, e.g. dns_domain.unicode_name=example.com. Repeatable.</source>
        <translation>Ein Ressourcenattribut, z. B. dns_domain.unicode_name=example.com. Mehrfach angebbar.</translation>
    </message>
    <message>
        <source>The zone, e.g. ch-gva-2.</source>
        <translation>Die Zone, z. B. ch-gva-2.</translation>
    </message>
    <message>
        <source>The caller&apos;s address.</source>
        <translation>Die Adresse des Aufrufers.</translation>
    </message>
    <message>
        <source>The signing key&apos;s id.</source>
        <translation>Die ID des signierenden Schlüssels.</translation>
    </message>
    <message>
        <source>The request&apos;s time, RFC 3339 (by default the current time).</source>
        <translation>Der Zeitpunkt der Anfrage, RFC 3339 (standardmäßig die aktuelle Zeit).</translation>
    </message>
    <message>
        <source>A service map replacing the built-in one (shaped like iam-v3-services.json).</source>
        <translation>Eine Dienstzuordnung, die die eingebaute ersetzt (aufgebaut wie iam-v3-services.json).</translation>
    </message>
    <message>
        <source>error: %1</source>
        <translation>error: %1</translation>
    </message>
    <message>
        <source>unexpected argument %1</source>
        <translation>unerwartetes Argument %1</translation>
    </message>
    <message>
        <source>--policy FILE is required</source>
        <translation>--policy FILE ist erforderlich</translation>
    </message>
    <message>
        <source>--operation OP is required</source>
        <translation>--operation OP ist erforderlich</translation>
    </message>
    <message>
        <source>--now takes an RFC 3339 time, e.g. 2026-11-27T10:00:00Z</source>
        <translation>--now erwartet eine Zeitangabe nach RFC 3339, z. B. 2026-11-27T10:00:00Z</translation>
    </message>
    <message>
        <source>--param takes NAME=VALUE, not %1</source>
        <translation>--param erwartet NAME=VALUE, nicht %1</translation>
    </message>
    <message>
        <source>--resource takes PATH=VALUE, e.g. dns_domain.unicode_name=example.com, not %1</source>
        <translation>--resource erwartet PATH=VALUE, z. B. dns_domain.unicode_name=example.com, nicht %1</translation>
    </message>
    <message>
        <source>the service map does not know the operation %1: give its class with --service</source>
        <translation>die Dienstzuordnung kennt die Operation %1 nicht: Geben Sie ihre Klasse mit --service an</translation>
    </message>
    <message>
        <source>error: column %1: %2</source>
        <translation>error: Spalte %1: %2</translation>
    </message>
    <message>
        <source>Evaluate one CEL expression and print its value as JSON.</source>
        <translation>Einen CEL-Ausdruck auswerten und seinen Wert als JSON ausgeben.</translation>
    </message>
    <message>
        <source>Usage: keyport-policy expr EXPRESSION [--context JSON]

Evaluates EXPRESSION, a CEL expression in Exoscale&apos;s dialect, and prints its value as
one JSON value. --context gives the bindings as a JSON object; a member &quot;now&quot; given
as an RFC 3339 string is a timestamp, and &quot;now&quot; is the current time when not given.

Exit status: 0 a value was printed, 2 usage error, 3 syntax error, 4 evaluation error.
</source>
        <translation>Aufruf: keyport-policy expr EXPRESSION [--context JSON]

Wertet EXPRESSION aus, einen CEL-Ausdruck im Exoscale-Dialekt, und gibt seinen Wert als
ein JSON-Wert aus. --context gibt die Bindungen als JSON-Objekt an; ein Member &quot;now&quot;,
als RFC-3339-Zeichenkette angegeben, ist ein timestamp; ohne Angabe ist &quot;now&quot; die aktuelle Zeit.

Exit-Status: 0 Wert ausgegeben, 2 Aufruffehler, 3 Syntaxfehler, 4 Auswertungsfehler.
</translation>
    </message>
    <message>
        <source>error: --context needs a JSON object</source>
        <translation>error: --context braucht ein JSON-Objekt</translation>
    </message>
    <message>
        <source>error: unknown option &apos;%1&apos;</source>
        <translation>error: unbekannte Option &apos;%1&apos;</translation>
    </message>
    <message>
        <source>error: more than one expression given</source>
        <translation>error: mehr als ein Ausdruck angegeben</translation>
    </message>
    <message>
        <source>error: no expression given</source>
        <translation>error: kein Ausdruck angegeben</translation>
    </message>
    <message>
        <source>error: --context is not a JSON object</source>
        <translation>error: --context ist kein JSON-Objekt</translation>
    </message>
    <message>
        <source>error: &quot;now&quot; in --context is not an RFC 3339 timestamp</source>
        <translation>error: &quot;now&quot; in --context ist kein RFC-3339-Zeitstempel</translation>
    </message>
    <message>
        <source>Find what Exoscale would accept and then silently skip or refuse in a policy.</source>
        <translation>Findet, was Exoscale in einer Richtlinie akzeptieren und dann stillschweigend überspringen oder ablehnen würde.</translation>
    </message>
    <message>
        <source>FILE holds an IAM policy or a role with one. Prints one problem per line, &lt;json path&gt;: &lt;message&gt;, and exits 0 when clean, 1 with problems, 2 when the file cannot be read.</source>
        <translation>FILE enthält eine IAM-Richtlinie oder eine Rolle mit Richtlinie. Gibt ein Problem pro Zeile aus, &lt;json path&gt;: &lt;message&gt;, und beendet sich mit 0 ohne Probleme, mit 1 bei Problemen und mit 2, wenn die Datei nicht gelesen werden kann.</translation>
    </message>
    <message>
        <source>The policy or role to check.</source>
        <translation>Die zu prüfende Richtlinie oder Rolle.</translation>
    </message>
    <message>
        <source>lint takes one FILE</source>
        <translation>lint erwartet genau eine FILE</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>%1 is too large to be a policy</source>
        <translation>%1 ist zu groß für eine Richtlinie</translation>
    </message>
    <message>
        <source>%1 is not JSON: %2 at offset %3</source>
        <translation>%1 ist kein JSON: %2 an Position %3</translation>
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
        <translation>Aufruf: keyport-policy COMMAND [ARGUMENTS]

Wertet Exoscale-IAM-v3-Richtlinien und ihre CEL-Ausdrücke aus und prüft sie.

Befehle:
</translation>
    </message>
    <message>
        <source>
Options:
  --help     Show this help, or a command&apos;s with COMMAND --help.
  --version  Show the version.
</source>
        <translation>
Optionen:
  --help     Diese Hilfe anzeigen, oder die eines Befehls mit COMMAND --help.
  --version  Die Version anzeigen.
</translation>
    </message>
    <message>
        <source>error: unknown command &apos;%1&apos;</source>
        <translation>error: unbekannter Befehl &apos;%1&apos;</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Port to listen on (0: any free port).</source>
        <translation>Port, auf dem gelauscht wird (0: ein beliebiger freier Port).</translation>
    </message>
    <message>
        <source>Operation catalog to serve (the built-in one by default).</source>
        <translation>Bereitzustellender Operationskatalog (standardmäßig der eingebaute).</translation>
    </message>
    <message>
        <source>Start with N generated keys instead of the demo keys.</source>
        <translation>Mit N generierten Schlüsseln statt der Demo-Schlüssel starten.</translation>
    </message>
    <message>
        <source>Delay every answer by MS milliseconds.</source>
        <translation>Jede Antwort um MS Millisekunden verzögern.</translation>
    </message>
    <message>
        <source>How long a revocation stays pending, in milliseconds.</source>
        <translation>Wie lange ein Widerruf aussteht, in Millisekunden.</translation>
    </message>
    <message>
        <source>Manage Exoscale IAM access keys.</source>
        <translation>Exoscale-IAM-Zugangsschlüssel verwalten.</translation>
    </message>
    <message>
        <source>Open a demo account served by a simulated Exoscale API on this computer; nothing is saved.</source>
        <translation>Ein Demo-Konto öffnen, das von einer simulierten Exoscale-API auf diesem Computer bereitgestellt wird; es wird nichts gespeichert.</translation>
    </message>
    <message>
        <source>Open the account NAME.</source>
        <translation>Das Konto NAME öffnen.</translation>
    </message>
    <message>
        <source>Inject a fault: KIND[:VALUE][@[METHOD]PATH][*COUNT], KIND being an HTTP status, 429, malformed, drop, hang, latency or iamv3. @PATH is that exact path; a PATH ending in / is everything under it. Repeatable. Examples: 503*2, hang@DELETE/v2/access-key/, 429:5@/v2/operation/*1</source>
        <translation>Einen Fehler einschleusen: KIND[:VALUE][@[METHOD]PATH][*COUNT], wobei KIND ein HTTP-Status, 429, malformed, drop, hang, latency oder iamv3 ist. @PATH steht für genau diesen Pfad; ein PATH, der auf / endet, umfasst alles darunter. Kann mehrfach angegeben werden. Beispiele: 503*2, hang@DELETE/v2/access-key/, 429:5@/v2/operation/*1</translation>
    </message>
    <message>
        <source>Write one JSON object per request to FILE, one a line: time, method, path, status (0 when dropped or never answered) and fault. Never a body or a header.</source>
        <translation>Pro Anfrage ein JSON-Objekt in FILE schreiben, eines pro Zeile: Zeit, Methode, Pfad, Status (0, wenn die Anfrage verworfen oder nie beantwortet wurde) und eingeschleuster Fehler. Niemals Inhalt oder Header.</translation>
    </message>
    <message>
        <source>A simulated Exoscale access-key and IAM v3 API on 127.0.0.1, for demos and tests.
Prints its endpoint, its root key and the root key&apos;s secret, then an API key bound to the allow-all role sandbox-admin and its secret, one per line.</source>
        <translation>Eine simulierte Exoscale-API für Zugangsschlüssel und IAM v3 auf 127.0.0.1, für Demos und Tests.
Gibt ihren Endpunkt, ihren Root-Schlüssel und dessen Geheimnis aus, dann einen API-Schlüssel, der an die Rolle sandbox-admin (alles erlaubt) gebunden ist, und sein Geheimnis, jeweils eines pro Zeile.</translation>
    </message>
    <message>
        <source>How long the Operation of an IAM v3 change (roles, API keys, organization policy) stays pending, in milliseconds.</source>
        <translation>Wie lange der Vorgang (Operation) einer IAM-v3-Änderung (Rollen, API-Schlüssel, Organisationsrichtlinie) ausstehend bleibt, in Millisekunden.</translation>
    </message>
    <message>
        <source>Start with the organization policy in FILE (JSON) instead of allow-all.</source>
        <translation>Mit der Organisationsrichtlinie aus FILE (JSON) statt „alles erlaubt“ starten.</translation>
    </message>
    <message>
        <source>Cannot read the policy %1: %2</source>
        <translation>Die Richtlinie %1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>The policy %1 is not JSON: %2</source>
        <translation>Die Richtlinie %1 ist kein JSON: %2</translation>
    </message>
    <message>
        <source>not a policy object</source>
        <translation>kein Richtlinienobjekt</translation>
    </message>
    <message>
        <source>The policy %1 is invalid: %2</source>
        <translation>Die Richtlinie %1 ist ungültig: %2</translation>
    </message>
</context>
</TS>
