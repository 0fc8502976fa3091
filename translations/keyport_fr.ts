<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>Keyport::AboutDialog</name>
    <message>
        <source>About Keyport</source>
        <translation>À propos de Keyport</translation>
    </message>
    <message>
        <source>Version %1</source>
        <translation>Version %1</translation>
    </message>
    <message>
        <source>Manages Exoscale IAM access keys, and keeps their secrets in the system keychain.</source>
        <translation>Gère les clés d’accès IAM d’Exoscale et conserve leurs secrets dans le trousseau du système.</translation>
    </message>
    <message>
        <source>Free software under the GNU General Public License, version 3 or any later version (GPL-3.0-or-later). It comes with no warranty.</source>
        <translation>Logiciel libre distribué sous la GNU General Public License, version 3 ou toute version ultérieure (GPL-3.0-or-later). Il est fourni sans aucune garantie.</translation>
    </message>
    <message>
        <source>The GNU General Public License</source>
        <translation>La GNU General Public License</translation>
    </message>
    <message>
        <source>Keyport&apos;s README: how to use it</source>
        <translation>Le README de Keyport&#xa0;: mode d’emploi</translation>
    </message>
    <message>
        <source>Exoscale&apos;s IAM documentation</source>
        <translation>La documentation IAM d’Exoscale</translation>
    </message>
    <message>
        <source>Built with Qt %1, running with Qt %2.</source>
        <translation>Compilé avec Qt %1, exécuté avec Qt %2.</translation>
    </message>
</context>
<context>
    <name>Keyport::AccessKeyFilterModel</name>
    <message numerus="yes">
        <source>%n key(s)</source>
        <translation>
            <numerusform>%n clé</numerusform>
            <numerusform>%n clés</numerusform>
        </translation>
    </message>
    <message>
        <source>No key matches</source>
        <translation>Aucune clé ne correspond</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n key(s) match</source>
        <translation>
            <numerusform>%1 clé sur %n correspond</numerusform>
            <numerusform>%1 clés sur %n correspondent</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Keyport::AccessKeyListReader</name>
    <message>
        <source>invalid JSON at offset %1 (%2)</source>
        <translation>JSON non valide à la position %1 (%2)</translation>
    </message>
    <message>
        <source>unexpected end of the data</source>
        <translation>fin inattendue des données</translation>
    </message>
    <message>
        <source>expected &apos;%1&apos;</source>
        <translation>«&#xa0;%1&#xa0;» attendu</translation>
    </message>
    <message>
        <source>an invalid \u escape</source>
        <translation>une séquence d’échappement \u non valide</translation>
    </message>
    <message>
        <source>invalid UTF-8 in a string</source>
        <translation>UTF-8 non valide dans une chaîne</translation>
    </message>
    <message>
        <source>unterminated string</source>
        <translation>chaîne non terminée</translation>
    </message>
    <message>
        <source>an invalid value</source>
        <translation>une valeur non valide</translation>
    </message>
    <message>
        <source>an invalid number</source>
        <translation>un nombre non valide</translation>
    </message>
    <message>
        <source>too deeply nested</source>
        <translation>imbrication trop profonde</translation>
    </message>
    <message>
        <source>the field &quot;%1&quot; is not a list</source>
        <translation>le champ «&#xa0;%1&#xa0;» n’est pas une liste</translation>
    </message>
    <message>
        <source>the field &quot;%1&quot; holds something that is not a string</source>
        <translation>le champ «&#xa0;%1&#xa0;» contient un élément qui n’est pas une chaîne</translation>
    </message>
    <message>
        <source>&quot;resources&quot; is not a list</source>
        <translation>«&#xa0;resources&#xa0;» n’est pas une liste</translation>
    </message>
    <message>
        <source>a resource is not an object</source>
        <translation>une ressource n’est pas un objet</translation>
    </message>
    <message>
        <source>the field &quot;%1&quot; is not a string</source>
        <translation>le champ «&#xa0;%1&#xa0;» n’est pas une chaîne</translation>
    </message>
    <message>
        <source>in a resource, the field &quot;%1&quot; is missing</source>
        <translation>dans une ressource, le champ «&#xa0;%1&#xa0;» est manquant</translation>
    </message>
    <message>
        <source>in a resource, %1</source>
        <translation>dans une ressource, %1</translation>
    </message>
    <message>
        <source>in an access key, the field &quot;key&quot; is missing</source>
        <translation>dans une clé d’accès, le champ «&#xa0;key&#xa0;» est manquant</translation>
    </message>
    <message>
        <source>in an access key, %1</source>
        <translation>dans une clé d’accès, %1</translation>
    </message>
    <message>
        <source>an access key has an empty id</source>
        <translation>une clé d’accès a un identifiant vide</translation>
    </message>
    <message>
        <source>in the access key %1: %2</source>
        <translation>dans la clé d’accès %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>the field &quot;access-keys&quot; is missing</source>
        <translation>le champ «&#xa0;access-keys&#xa0;» est manquant</translation>
    </message>
    <message>
        <source>the field &quot;access-keys&quot; is not a list</source>
        <translation>le champ «&#xa0;access-keys&#xa0;» n’est pas une liste</translation>
    </message>
    <message>
        <source>entry %1 of the key list is not an object</source>
        <translation>l’entrée %1 de la liste des clés n’est pas un objet</translation>
    </message>
    <message>
        <source>garbage after the end of the document</source>
        <translation>données parasites après la fin du document</translation>
    </message>
    <message>
        <source>expected a JSON object</source>
        <translation>objet JSON attendu</translation>
    </message>
</context>
<context>
    <name>Keyport::AccessKeyModel</name>
    <message>
        <source>Restricted</source>
        <translation>Restreinte</translation>
    </message>
    <message>
        <source>Unrestricted</source>
        <translation>Non restreinte</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Inconnu</translation>
    </message>
    <message>
        <source>Every right of the signing key</source>
        <translation>Tous les droits de la clé de signature</translation>
    </message>
    <message numerus="yes">
        <source>%n operation(s)</source>
        <translation>
            <numerusform>%n opération</numerusform>
            <numerusform>%n opérations</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n resource(s)</source>
        <translation>
            <numerusform>%n ressource</numerusform>
            <numerusform>%n ressources</numerusform>
        </translation>
    </message>
    <message>
        <source>No restrictions listed</source>
        <translation>Aucune restriction indiquée</translation>
    </message>
    <message>
        <source>Stored</source>
        <translation>Enregistré</translation>
    </message>
    <message>
        <source>Keyport does not hold this key&apos;s secret.</source>
        <translation>Keyport ne conserve pas le secret de cette clé.</translation>
    </message>
    <message>
        <source>Keyport holds this key&apos;s secret.</source>
        <translation>Keyport conserve le secret de cette clé.</translation>
    </message>
    <message>
        <source>Keyport holds this key&apos;s secret in %1.</source>
        <translation>Keyport conserve le secret de cette clé dans %1.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Clé</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Restrictions</source>
        <translation>Restrictions</translation>
    </message>
    <message>
        <source>Secret</source>
        <translation>Secret</translation>
    </message>
    <message>
        <source>Every right</source>
        <translation>Tous les droits</translation>
    </message>
    <message numerus="yes">
        <source>%n tag(s)</source>
        <comment>compact</comment>
        <translation>
            <numerusform>%n étiquette</numerusform>
            <numerusform>%n étiquettes</numerusform>
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
            <numerusform>%n res.</numerusform>
            <numerusform>%n res.</numerusform>
        </translation>
    </message>
    <message>
        <source>None listed</source>
        <translation>Aucune indiquée</translation>
    </message>
    <message>
        <source>%1 (signing key)</source>
        <translation>%1 (clé de signature)</translation>
    </message>
</context>
<context>
    <name>Keyport::AccessKeyResource</name>
    <message>
        <source>&quot;%1&quot; is not a resource: write it as DOMAIN/TYPE:NAME, e.g. sos/bucket:my-bucket.</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas une ressource&#xa0;: écrivez-la sous la forme DOMAINE/TYPE:NOM, par exemple sos/bucket:my-bucket.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a resource: domain, type and name must all be given, as in sos/bucket:my-bucket.</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas une ressource&#xa0;: le domaine, le type et le nom doivent tous être indiqués, comme dans sos/bucket:my-bucket.</translation>
    </message>
    <message>
        <source>Unknown resource domain &quot;%1&quot;: use &quot;sos&quot; (buckets) or &quot;partner&quot; (products).</source>
        <translation>Domaine de ressource «&#xa0;%1&#xa0;» inconnu&#xa0;: utilisez «&#xa0;sos&#xa0;» (buckets) ou «&#xa0;partner&#xa0;» (produits).</translation>
    </message>
    <message>
        <source>Resources of the domain &quot;%1&quot; are of the type &quot;%2&quot;, not &quot;%3&quot;.</source>
        <translation>Les ressources du domaine «&#xa0;%1&#xa0;» sont du type «&#xa0;%2&#xa0;», et non «&#xa0;%3&#xa0;».</translation>
    </message>
    <message>
        <source>The resource needs a name.</source>
        <translation>La ressource doit avoir un nom.</translation>
    </message>
    <message>
        <source>A product name cannot contain spaces or control characters.</source>
        <translation>Un nom de produit ne peut contenir ni espaces ni caractères de contrôle.</translation>
    </message>
    <message numerus="yes">
        <source>A bucket name has 3 to 63 characters; &quot;%1&quot; has %n.</source>
        <translation>
            <numerusform>Un nom de bucket compte de 3 à 63 caractères&#xa0;; «&#xa0;%1&#xa0;» en compte %n.</numerusform>
            <numerusform>Un nom de bucket compte de 3 à 63 caractères&#xa0;; «&#xa0;%1&#xa0;» en compte %n.</numerusform>
        </translation>
    </message>
    <message>
        <source>A bucket name may hold only lower-case letters, digits, dots and hyphens.</source>
        <translation>Un nom de bucket ne peut contenir que des lettres minuscules, des chiffres, des points et des tirets.</translation>
    </message>
    <message>
        <source>A bucket name starts and ends with a letter or a digit.</source>
        <translation>Un nom de bucket commence et se termine par une lettre ou un chiffre.</translation>
    </message>
    <message>
        <source>A bucket name cannot look like an IP address.</source>
        <translation>Un nom de bucket ne peut pas ressembler à une adresse IP.</translation>
    </message>
</context>
<context>
    <name>Keyport::AccessKeysPage</name>
    <message>
        <source>No key matches.</source>
        <translation>Aucune clé ne correspond.</translation>
    </message>
    <message>
        <source>C&amp;lear Search</source>
        <translation>Effacer &amp;la recherche</translation>
    </message>
    <message>
        <source>Search names, keys, tags, operations, resources</source>
        <translation>Rechercher des noms, clés, étiquettes, opérations, ressources</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Rechercher</translation>
    </message>
    <message>
        <source>All types</source>
        <translation>Tous les types</translation>
    </message>
    <message>
        <source>Restricted</source>
        <translation>Restreinte</translation>
    </message>
    <message>
        <source>Unrestricted</source>
        <translation>Non restreinte</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Access keys</source>
        <translation>Clés d’accès</translation>
    </message>
    <message>
        <source>Exoscale has not answered yet. Keyport keeps waiting; you can cancel, or try again.</source>
        <translation>Exoscale n’a pas encore répondu. Keyport continue d’attendre&#xa0;; vous pouvez annuler ou réessayer.</translation>
    </message>
    <message>
        <source>Exoscale asked Keyport to wait before asking again: the list will be refreshed at %1.</source>
        <translation>Exoscale a demandé à Keyport d’attendre avant de renvoyer une requête&#xa0;: la liste sera actualisée à %1.</translation>
    </message>
    <message>
        <source>This list is from %1 and may be out of date: loading was cancelled.</source>
        <translation>Cette liste date de %1 et n’est peut-être plus à jour&#xa0;: le chargement a été annulé.</translation>
    </message>
    <message>
        <source>This list is from %1 and may be out of date: the last refresh failed.</source>
        <translation>Cette liste date de %1 et n’est peut-être plus à jour&#xa0;: la dernière actualisation a échoué.</translation>
    </message>
    <message>
        <source>The key list could not be loaded: %1</source>
        <translation>La liste des clés n’a pas pu être chargée&#xa0;: %1</translation>
    </message>
    <message>
        <source>The key list could not be loaded either, for the same reason.</source>
        <translation>La liste des clés n’a pas pu être chargée non plus, pour la même raison.</translation>
    </message>
    <message>
        <source>The list of operations keys may be restricted to could not be loaded: %1</source>
        <translation>La liste des opérations auxquelles les clés peuvent être restreintes n’a pas pu être chargée&#xa0;: %1</translation>
    </message>
    <message>
        <source>The list of operations keys may be restricted to could not be loaded either, for the same reason.</source>
        <translation>La liste des opérations auxquelles les clés peuvent être restreintes n’a pas pu être chargée non plus, pour la même raison.</translation>
    </message>
    <message>
        <source>The signing key&apos;s own rights could not be listed: %1</source>
        <translation>Les droits propres de la clé de signature n’ont pas pu être listés&#xa0;: %1</translation>
    </message>
    <message>
        <source>The signing key&apos;s own rights could not be listed either, for the same reason.</source>
        <translation>Les droits propres de la clé de signature n’ont pas pu être listés non plus, pour la même raison.</translation>
    </message>
    <message>
        <source>This account signs with an IAM API key. Legacy access keys are created and revoked with a legacy access key: add an account that signs with one to manage them here. This account&apos;s API keys, roles and organization policy are in its other sections.</source>
        <translation>Ce compte signe avec une clé d’API IAM. Les anciennes clés d’accès se créent et se révoquent avec une ancienne clé d’accès&#xa0;: ajoutez un compte qui signe avec l’une d’elles pour les gérer ici. Les clés d’API, les rôles et la politique de l’organisation de ce compte se trouvent dans ses autres sections.</translation>
    </message>
</context>
<context>
    <name>Keyport::Account</name>
    <message>
        <source>The account needs a name.</source>
        <translation>Le compte doit avoir un nom.</translation>
    </message>
    <message>
        <source>An account name has at most 64 characters.</source>
        <translation>Un nom de compte ne peut pas dépasser 64 caractères.</translation>
    </message>
    <message>
        <source>An account name cannot start or end with a space.</source>
        <translation>Un nom de compte ne peut ni commencer ni se terminer par un espace.</translation>
    </message>
    <message>
        <source>An account name cannot contain a slash.</source>
        <translation>Un nom de compte ne peut pas contenir de barre oblique.</translation>
    </message>
    <message>
        <source>An account name cannot contain control characters.</source>
        <translation>Un nom de compte ne peut pas contenir de caractères de contrôle.</translation>
    </message>
    <message>
        <source>An account name cannot contain invisible characters that change the direction of the text.</source>
        <translation>Un nom de compte ne peut pas contenir de caractères invisibles qui changent le sens du texte.</translation>
    </message>
    <message>
        <source>The account needs an API key.</source>
        <translation>Le compte nécessite une clé d’API.</translation>
    </message>
    <message>
        <source>An Exoscale API key is EXO followed by 24 hexadecimal digits (0-9, a-f).</source>
        <translation>Une clé d’API Exoscale commence par EXO, suivi de 24 chiffres hexadécimaux (0-9, a-f).</translation>
    </message>
</context>
<context>
    <name>Keyport::AccountSession</name>
    <message>
        <source>No secret store is available for the account&apos;s secret.</source>
        <translation>Aucun stockage de secrets n’est disponible pour le secret du compte.</translation>
    </message>
    <message>
        <source>The secret of the account %1 is not in %2. Remove the account and add it again with its secret.</source>
        <translation>Le secret du compte %1 ne se trouve pas dans %2. Retirez le compte, puis ajoutez-le de nouveau avec son secret.</translation>
    </message>
</context>
<context>
    <name>Keyport::AccountStatusBar</name>
    <message>
        <source>Loading</source>
        <translation>Chargement</translation>
    </message>
    <message>
        <source>No account</source>
        <translation>Aucun compte</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Refreshed at %1</source>
        <translation>Actualisé à %1</translation>
    </message>
    <message>
        <source>Signing key: an IAM API key (it cannot manage legacy access keys)</source>
        <translation>Clé de signature : une clé d’API IAM (elle ne peut pas gérer les anciennes clés d’accès)</translation>
    </message>
    <message>
        <source>Signing key: rights unknown (the list of operations could not be loaded)</source>
        <translation>Clé de signature&#xa0;: droits inconnus (la liste des opérations n’a pas pu être chargée)</translation>
    </message>
    <message numerus="yes">
        <source>Signing key: unrestricted, may grant all %n operation(s)</source>
        <translation>
            <numerusform>Clé de signature&#xa0;: non restreinte, peut accorder %n opération</numerusform>
            <numerusform>Clé de signature&#xa0;: non restreinte, peut accorder les %n opérations</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Signing key: restricted, may grant %n operation(s)</source>
        <translation>
            <numerusform>Clé de signature&#xa0;: restreinte, peut accorder %n opération</numerusform>
            <numerusform>Clé de signature&#xa0;: restreinte, peut accorder %n opérations</numerusform>
        </translation>
    </message>
    <message>
        <source>Signing key: cannot list its own rights; every operation is offered</source>
        <translation>Clé de signature&#xa0;: ne peut pas lister ses propres droits&#xa0;; toutes les opérations sont proposées</translation>
    </message>
    <message>
        <source>Signing key: unknown (the list could not be loaded); every operation is offered</source>
        <translation>Clé de signature&#xa0;: inconnue (la liste n’a pas pu être chargée)&#xa0;; toutes les opérations sont proposées</translation>
    </message>
    <message>
        <source>Secrets: system keychain</source>
        <translation>Secrets&#xa0;: trousseau du système</translation>
    </message>
    <message>
        <source>Secrets: this session only</source>
        <translation>Secrets&#xa0;: cette session uniquement</translation>
    </message>
    <message>
        <source>Demo mode: Keyport touches neither the system keychain nor its settings; secrets are kept in memory.</source>
        <translation>Mode démo&#xa0;: Keyport ne touche ni au trousseau du système ni à ses paramètres&#xa0;; les secrets sont conservés en mémoire.</translation>
    </message>
    <message>
        <source>The demo&apos;s keys exist only in its simulated server: their secrets are kept in memory and forgotten when Keyport quits.</source>
        <translation>Les clés de la démo n’existent que sur son serveur simulé&#xa0;: leurs secrets sont conservés en mémoire et oubliés à la fermeture de Keyport.</translation>
    </message>
    <message>
        <source>The system keychain cannot be used: secrets are kept in memory and forgotten when Keyport quits.</source>
        <translation>Le trousseau du système ne peut pas être utilisé&#xa0;: les secrets sont conservés en mémoire et oubliés à la fermeture de Keyport.</translation>
    </message>
    <message>
        <source>Secrets are kept in the system keychain.</source>
        <translation>Les secrets sont conservés dans le trousseau du système.</translation>
    </message>
    <message numerus="yes">
        <source>%n secret(s) wait to be deleted from the system keychain once it can be used.</source>
        <translation>
            <numerusform>%n secret attend d’être supprimé dès que le trousseau du système sera utilisable.</numerusform>
            <numerusform>%n secrets attendent d’être supprimés dès que le trousseau du système sera utilisable.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Keyport::AccountStore</name>
    <message>
        <source>No secret store is available.</source>
        <translation>Aucun stockage de secrets n’est disponible.</translation>
    </message>
    <message>
        <source>There is already an account named &quot;%1&quot;.</source>
        <translation>Il existe déjà un compte nommé «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>The account needs its API secret.</source>
        <translation>Le compte nécessite son secret d’API.</translation>
    </message>
    <message>
        <source>There is no account named &quot;%1&quot;.</source>
        <translation>Il n’existe aucun compte nommé «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>The key %1 of the account %2 cannot be stored.</source>
        <translation>La clé %1 du compte %2 ne peut pas être enregistrée.</translation>
    </message>
    <message>
        <source>This is the key the account signs with: remove the account instead.</source>
        <translation>C’est la clé avec laquelle le compte signe&#xa0;: retirez plutôt le compte.</translation>
    </message>
    <message numerus="yes">
        <source>%n secret(s) could not be deleted from the system keychain, which cannot be reached now. Keyport keeps their names (not the secrets) and deletes them as soon as the keychain can be used again.</source>
        <translation>
            <numerusform>%n secret n’a pas pu être supprimé, car le trousseau du système est actuellement inaccessible. Keyport conserve son nom (pas le secret) et le supprimera dès que le trousseau sera de nouveau utilisable.</numerusform>
            <numerusform>%n secrets n’ont pas pu être supprimés, car le trousseau du système est actuellement inaccessible. Keyport conserve leurs noms (pas les secrets) et les supprimera dès que le trousseau sera de nouveau utilisable.</numerusform>
        </translation>
    </message>
    <message>
        <source>Keyport holds no secret of the key %1.</source>
        <translation>Keyport ne conserve aucun secret de la clé %1.</translation>
    </message>
    <message>
        <source>The account of the EXOSCALE_API_KEY and EXOSCALE_API_SECRET variables cannot be edited: change the variables instead.</source>
        <translation>Le compte des variables EXOSCALE_API_KEY et EXOSCALE_API_SECRET ne peut pas être modifié&#xa0;: modifiez plutôt les variables.</translation>
    </message>
    <message>
        <source>The demo account cannot be edited.</source>
        <translation>Le compte de démo ne peut pas être modifié.</translation>
    </message>
    <message>
        <source>Enter the secret of the new API key.</source>
        <translation>Saisissez le secret de la nouvelle clé d’API.</translation>
    </message>
    <message>
        <source>The system keychain cannot be used now, and the change needs it: the account &quot;%1&quot; was not changed.</source>
        <translation>Le trousseau du système ne peut pas être utilisé actuellement, alors que la modification en a besoin&#xa0;: le compte «&#xa0;%1&#xa0;» n’a pas été modifié.</translation>
    </message>
    <message>
        <source>Keyport could not move the secrets of the account &quot;%1&quot;, so the account was not changed and no secret was lost. %2</source>
        <translation>Keyport n’a pas pu déplacer les secrets du compte «&#xa0;%1&#xa0;»&#xa0;; le compte n’a donc pas été modifié et aucun secret n’a été perdu. %2</translation>
    </message>
    <message>
        <source>The account was changed by something else meanwhile.</source>
        <translation>Le compte a été modifié ailleurs entre-temps.</translation>
    </message>
</context>
<context>
    <name>Keyport::AccountTreeModel</name>
    <message>
        <source>Access keys</source>
        <translation>Clés d’accès</translation>
    </message>
    <message>
        <source>API keys</source>
        <translation>Clés d’API</translation>
    </message>
    <message>
        <source>Roles</source>
        <translation>Rôles</translation>
    </message>
    <message>
        <source>Organization policy</source>
        <translation>Politique de l’organisation</translation>
    </message>
    <message>
        <source>legacy access key</source>
        <translation>ancienne clé d’accès</translation>
    </message>
    <message>
        <source>IAM API key</source>
        <translation>clé d’API IAM</translation>
    </message>
    <message>
        <source>%1 of the account %2</source>
        <translation>%1 du compte %2</translation>
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
        <translation>%1 (depuis l’environnement)
%2</translation>
    </message>
    <message>
        <source>%1 (simulated)
%2</source>
        <translation>%1 (simulé)
%2</translation>
    </message>
    <message>
        <source>%1 (this session only)
%2</source>
        <translation>%1 (pour cette session uniquement)
%2</translation>
    </message>
    <message>
        <source>Account %1, %2</source>
        <translation>Compte %1, %2</translation>
    </message>
    <message>
        <source>Account %1, %2; signing key: %3</source>
        <translation>Compte %1, %2 ; clé de signature : %3</translation>
    </message>
</context>
<context>
    <name>Keyport::AccountsPane</name>
    <message>
        <source>Accounts</source>
        <translation>Comptes</translation>
    </message>
    <message>
        <source>Add Account…</source>
        <translation>Ajouter un compte…</translation>
    </message>
    <message>
        <source>Import from exo CLI…</source>
        <translation>Importer depuis la CLI exo…</translation>
    </message>
    <message>
        <source>A&amp;ccounts</source>
        <translation>Co&amp;mptes</translation>
    </message>
</context>
<context>
    <name>Keyport::AddAccountCommand</name>
    <message>
        <source>The account was not added: %1</source>
        <translation>Le compte n’a pas été ajouté&#xa0;: %1</translation>
    </message>
    <message>
        <source>Added the account %1.</source>
        <translation>Le compte %1 a été ajouté.</translation>
    </message>
</context>
<context>
    <name>Keyport::AddAccountDialog</name>
    <message>
        <source>&amp;Zone:</source>
        <translation>&amp;Zone&#xa0;:</translation>
    </message>
    <message>
        <source>C&amp;ustom endpoint:</source>
        <translation>Point de terminaison &amp;personnalisé&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Test</source>
        <translation>&amp;Tester</translation>
    </message>
    <message>
        <source>Add Account</source>
        <translation>Ajouter un compte</translation>
    </message>
    <message>
        <source>Show the secret</source>
        <translation>Afficher le secret</translation>
    </message>
    <message>
        <source>&amp;Add Account</source>
        <translation>&amp;Ajouter le compte</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nom&#xa0;:</translation>
    </message>
    <message>
        <source>API &amp;key:</source>
        <translation>&amp;Clé d’API&#xa0;:</translation>
    </message>
    <message>
        <source>API &amp;secret:</source>
        <translation>&amp;Secret d’API&#xa0;:</translation>
    </message>
    <message>
        <source>The secret is kept in the system keychain, never in a file.</source>
        <translation>Le secret est conservé dans le trousseau du système, jamais dans un fichier.</translation>
    </message>
    <message>
        <source>There is already an account named &quot;%1&quot;.</source>
        <translation>Il existe déjà un compte nommé «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>Enter the API secret.</source>
        <translation>Saisissez le secret d’API.</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Vérification…</translation>
    </message>
    <message>
        <source>Test failed: %1</source>
        <translation>Échec du test&#xa0;: %1</translation>
    </message>
    <message>
        <source>I t&amp;rust this host with my requests</source>
        <translation>Je fais con&amp;fiance à cet hôte pour mes requêtes</translation>
    </message>
    <message>
        <source>Confirm that you trust %1 before Keyport sends it a request.</source>
        <translation>Confirmez que vous faites confiance à %1 avant que Keyport ne lui envoie une requête.</translation>
    </message>
    <message>
        <source>Edit Account</source>
        <translation>Modifier le compte</translation>
    </message>
    <message>
        <source>Leave empty to keep the stored secret</source>
        <translation>Laisser vide pour conserver le secret enregistré</translation>
    </message>
    <message>
        <source>Zone</source>
        <translation>Zone</translation>
    </message>
    <message>
        <source>Custom endpoint URL</source>
        <translation>URL du point de terminaison personnalisé</translation>
    </message>
    <message>
        <source>Sa&amp;ve Changes</source>
        <translation>Enregistrer les &amp;modifications</translation>
    </message>
    <message>
        <source>Enter the secret of the new API key.</source>
        <translation>Saisissez le secret de la nouvelle clé d’API.</translation>
    </message>
    <message>
        <source>To sign with another key, first enter that key&apos;s secret.</source>
        <translation>Pour signer avec une autre clé, saisissez d’abord le secret de cette clé.</translation>
    </message>
</context>
<context>
    <name>Keyport::ApiJob</name>
    <message>
        <source>Keyport&apos;s network access is not available.</source>
        <translation>L’accès réseau de Keyport n’est pas disponible.</translation>
    </message>
    <message numerus="yes">
        <source>the answer is larger than %n MiB</source>
        <translation>
            <numerusform>la réponse dépasse %n Mio</numerusform>
            <numerusform>la réponse dépasse %n Mio</numerusform>
        </translation>
    </message>
    <message>
        <source>The account&apos;s API key is not a valid Exoscale key id, so no request was sent.</source>
        <translation>La clé d’API du compte n’est pas un identifiant de clé Exoscale valide&#xa0;; aucune requête n’a donc été envoyée.</translation>
    </message>
</context>
<context>
    <name>Keyport::ApiJson</name>
    <message>
        <source>the field &quot;%1&quot; is missing</source>
        <translation>le champ «&#xa0;%1&#xa0;» est manquant</translation>
    </message>
    <message>
        <source>the field &quot;%1&quot; is not a string</source>
        <translation>le champ «&#xa0;%1&#xa0;» n’est pas une chaîne</translation>
    </message>
    <message>
        <source>the field &quot;%1&quot; is not a list</source>
        <translation>le champ «&#xa0;%1&#xa0;» n’est pas une liste</translation>
    </message>
    <message>
        <source>the field &quot;%1&quot; holds something that is not a string</source>
        <translation>le champ «&#xa0;%1&#xa0;» contient un élément qui n’est pas une chaîne</translation>
    </message>
    <message>
        <source>invalid JSON at offset %1 (%2)</source>
        <translation>JSON non valide à la position %1 (%2)</translation>
    </message>
    <message>
        <source>expected a JSON object</source>
        <translation>objet JSON attendu</translation>
    </message>
    <message>
        <source>a resource is not an object</source>
        <translation>une ressource n’est pas un objet</translation>
    </message>
    <message>
        <source>in a resource, %1</source>
        <translation>dans une ressource, %1</translation>
    </message>
    <message>
        <source>in an access key, %1</source>
        <translation>dans une clé d’accès, %1</translation>
    </message>
    <message>
        <source>an access key has an empty id</source>
        <translation>une clé d’accès a un identifiant vide</translation>
    </message>
    <message>
        <source>in the access key %1, &quot;resources&quot; is not a list</source>
        <translation>dans la clé d’accès %1, «&#xa0;resources&#xa0;» n’est pas une liste</translation>
    </message>
    <message>
        <source>in the access key %1: %2</source>
        <translation>dans la clé d’accès %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>the new key&apos;s secret is missing from the answer</source>
        <translation>le secret de la nouvelle clé est absent de la réponse</translation>
    </message>
    <message>
        <source>an entry of the operation list is not an object</source>
        <translation>une entrée de la liste des opérations n’est pas un objet</translation>
    </message>
    <message>
        <source>in the operation list, %1</source>
        <translation>dans la liste des opérations, %1</translation>
    </message>
    <message>
        <source>the operation list names an empty operation</source>
        <translation>la liste des opérations contient une opération sans nom</translation>
    </message>
    <message>
        <source>in an operation, %1</source>
        <translation>dans une opération, %1</translation>
    </message>
    <message>
        <source>the operation state &quot;%1&quot; is unknown</source>
        <translation>l’état d’opération «&#xa0;%1&#xa0;» est inconnu</translation>
    </message>
    <message>
        <source>in an operation&apos;s reference, %1</source>
        <translation>dans la référence d’une opération, %1</translation>
    </message>
    <message>
        <source>an operation&apos;s reference is not an object</source>
        <translation>la référence d’une opération n’est pas un objet</translation>
    </message>
</context>
<context>
    <name>Keyport::ApiKeyCreatingPage</name>
    <message>
        <source>&amp;Delete This Key</source>
        <translation>&amp;Supprimer cette clé</translation>
    </message>
    <message>
        <source>Creating the API Key</source>
        <translation>Création de la clé d’API</translation>
    </message>
    <message>
        <source>Creating</source>
        <translation>Création</translation>
    </message>
    <message>
        <source>&amp;Back to Edit</source>
        <translation>&amp;Revenir à la modification</translation>
    </message>
    <message>
        <source>&amp;Back to Review</source>
        <translation>Revenir à la &amp;vérification</translation>
    </message>
    <message>
        <source>The API key was not created.
%1</source>
        <translation>La clé d’API n’a pas été créée.
%1</translation>
    </message>
    <message>
        <source>Exoscale did not answer (%1), and its list of API keys shows no new key named %2 on the role %3: nothing was created. You can try again.</source>
        <translation>Exoscale n’a pas répondu (%1), et sa liste de clés d’API ne montre aucune nouvelle clé nommée %2 sur le rôle %3&#xa0;: rien n’a été créé. Vous pouvez réessayer.</translation>
    </message>
    <message>
        <source>Exoscale created the API key %1 (%2), but its answer was lost, and with it the key&apos;s secret: it cannot be shown again. Delete this key, then create it anew.</source>
        <translation>Exoscale a créé la clé d’API %1 (%2), mais sa réponse a été perdue, et avec elle le secret de la clé&#xa0;: il ne peut plus être affiché. Supprimez cette clé, puis créez-la de nouveau.</translation>
    </message>
    <message>
        <source>Exoscale did not answer, and Keyport could not check whether the API key was created: %1
Look for an API key named %2 in the list before trying again.</source>
        <translation>Exoscale n’a pas répondu, et Keyport n’a pas pu vérifier si la clé d’API a été créée&#xa0;: %1
Cherchez une clé d’API nommée %2 dans la liste avant de réessayer.</translation>
    </message>
    <message>
        <source>The API key %1 was deleted. You can create the key again.</source>
        <translation>La clé d’API %1 a été supprimée. Vous pouvez créer la clé de nouveau.</translation>
    </message>
</context>
<context>
    <name>Keyport::ApiKeyDeleteJob</name>
    <message>
        <source>&quot;%1&quot; is not an API key id (EXO followed by 24 hexadecimal digits).</source>
        <translation>&quot;%1&quot; n’est pas un identifiant de clé d’API (EXO suivi de 24 chiffres hexadécimaux).</translation>
    </message>
</context>
<context>
    <name>Keyport::ApiKeyJob</name>
    <message>
        <source>&quot;%1&quot; is not an API key id (EXO followed by 24 hexadecimal digits).</source>
        <translation>&quot;%1&quot; n’est pas un identifiant de clé d’API (EXO suivi de 24 chiffres hexadécimaux).</translation>
    </message>
    <message>
        <source>The API key was not created, and nothing was sent:
%1</source>
        <translation>La clé d’API n’a pas été créée et rien n’a été envoyé&#xa0;:
%1</translation>
    </message>
</context>
<context>
    <name>Keyport::ApiKeyModel</name>
    <message>
        <source>%1 (this account&apos;s key)</source>
        <translation>%1 (la clé de ce compte)</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Clé</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rôle</translation>
    </message>
</context>
<context>
    <name>Keyport::ApiKeyNamePage</name>
    <message>
        <source>Name and Role</source>
        <translation>Nom et rôle</translation>
    </message>
    <message>
        <source>Name the key after the program that will use it; its role says what it may do.</source>
        <translation>Nommez la clé d’après le programme qui l’utilisera&#xa0;; son rôle définit ce qu’elle peut faire.</translation>
    </message>
    <message>
        <source>Na&amp;me:</source>
        <translation>&amp;Nom&#xa0;:</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Nom&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation>&amp;Rôle&#xa0;:</translation>
    </message>
    <message>
        <source>Role:</source>
        <translation>Rôle&#xa0;:</translation>
    </message>
    <message numerus="yes">
        <source>The name has %1 characters; at most %n are allowed.</source>
        <translation>
            <numerusform>Le nom compte %1 caractères&#xa0;; la limite est de %n caractère.</numerusform>
            <numerusform>Le nom compte %1 caractères&#xa0;; la limite est de %n caractères.</numerusform>
        </translation>
    </message>
    <message>
        <source>New Role…</source>
        <translation>Nouveau rôle…</translation>
    </message>
    <message>
        <source>The role %1 grants everything: a key on it may do all that the organization policy allows, including creating and deleting other keys. Prefer a narrower role for programs.</source>
        <translation>Le rôle %1 accorde tout&#xa0;: une clé sur ce rôle peut faire tout ce que la politique de l’organisation autorise, y compris créer et supprimer d’autres clés. Préférez un rôle plus restreint pour les programmes.</translation>
    </message>
</context>
<context>
    <name>Keyport::ApiKeyReviewPage</name>
    <message>
        <source>C&amp;opy Command</source>
        <translation>C&amp;opier la commande</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>Vérification</translation>
    </message>
    <message>
        <source>Check the API key, then create it. Its secret is shown once, on the next page.</source>
        <translation>Vérifiez la clé d’API, puis créez-la. Son secret ne sera affiché qu’une fois, à la page suivante.</translation>
    </message>
    <message>
        <source>&amp;Create API Key</source>
        <translation>&amp;Créer la clé d’API</translation>
    </message>
    <message>
        <source>The same with the e&amp;xo CLI:</source>
        <translation>La même opération avec la CLI e&amp;xo&#xa0;:</translation>
    </message>
    <message>
        <source>The same with the exo CLI:</source>
        <translation>La même opération avec la CLI exo&#xa0;:</translation>
    </message>
    <message>
        <source>Name: %1
Role: %2</source>
        <translation>Nom&#xa0;: %1
Rôle&#xa0;: %2</translation>
    </message>
    <message>
        <source>The role %1 grants everything: this key may do all that the organization policy allows.</source>
        <translation>Le rôle %1 accorde tout&#xa0;: cette clé peut faire tout ce que la politique de l’organisation autorise.</translation>
    </message>
</context>
<context>
    <name>Keyport::ApiKeyWizard</name>
    <message>
        <source>New API Key</source>
        <translation>Nouvelle clé d’API</translation>
    </message>
</context>
<context>
    <name>Keyport::ApiKeysPage</name>
    <message>
        <source>&amp;Filter:</source>
        <translation>&amp;Filtrer&#xa0;:</translation>
    </message>
    <message>
        <source>Name, key or role</source>
        <translation>Nom, clé ou rôle</translation>
    </message>
    <message>
        <source>Filter</source>
        <translation>Filtrer</translation>
    </message>
    <message>
        <source>API keys</source>
        <translation>Clés d’API</translation>
    </message>
    <message>
        <source>Key:</source>
        <translation>Clé&#xa0;:</translation>
    </message>
    <message>
        <source>Role:</source>
        <translation>Rôle&#xa0;:</translation>
    </message>
    <message>
        <source>What the role allows:</source>
        <translation>Ce que le rôle autorise&#xa0;:</translation>
    </message>
    <message>
        <source>The API keys could not be loaded: %1</source>
        <translation>Les clés d’API n’ont pas pu être chargées&#xa0;: %1</translation>
    </message>
    <message>
        <source>Loading the API keys…</source>
        <translation>Chargement des clés d’API…</translation>
    </message>
    <message>
        <source>Select an API key to see its details.</source>
        <translation>Sélectionnez une clé d’API pour en voir les détails.</translation>
    </message>
    <message>
        <source>This account signs its requests with this key.</source>
        <translation>Ce compte signe ses requêtes avec cette clé.</translation>
    </message>
    <message>
        <source>The role of this key is not listed: what it allows is not known.</source>
        <translation>Le rôle de cette clé ne figure pas dans la liste&#xa0;: ce qu’il autorise n’est pas connu.</translation>
    </message>
    <message>
        <source>The role %1 has no policy.</source>
        <translation>Le rôle %1 n’a pas de politique.</translation>
    </message>
</context>
<context>
    <name>Keyport::AsyncOperationJob</name>
    <message>
        <source>Exoscale could not complete the operation (%1).</source>
        <translation>Exoscale n’a pas pu mener à bien l’opération (%1).</translation>
    </message>
    <message>
        <source>no reason given</source>
        <translation>aucune raison indiquée</translation>
    </message>
    <message>
        <source>Exoscale could not complete the operation: %1</source>
        <translation>Exoscale n’a pas pu mener à bien l’opération&#xa0;: %1</translation>
    </message>
    <message>
        <source>Exoscale gave up on the operation: it took too long on the server. Try again.</source>
        <translation>Exoscale a abandonné l’opération&#xa0;: elle prenait trop de temps sur le serveur. Réessayez.</translation>
    </message>
    <message>
        <source>a pending operation has no id</source>
        <translation>une opération en attente n’a pas d’identifiant</translation>
    </message>
    <message numerus="yes">
        <source>Exoscale has not finished the operation after %n minute(s); it may still complete. Refresh later to see the outcome.</source>
        <translation>
            <numerusform>Exoscale n’a pas terminé l’opération au bout de %n minute&#xa0;; elle peut encore aboutir. Actualisez plus tard pour en connaître le résultat.</numerusform>
            <numerusform>Exoscale n’a pas terminé l’opération au bout de %n minutes&#xa0;; elle peut encore aboutir. Actualisez plus tard pour en connaître le résultat.</numerusform>
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
            <numerusform>%n étiquette</numerusform>
            <numerusform>%n étiquettes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n operation(s)</source>
        <translation>
            <numerusform>%n opération</numerusform>
            <numerusform>%n opérations</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n operation(s) in effect</source>
        <translation>
            <numerusform>%n opération effective</numerusform>
            <numerusform>%n opérations effectives</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 — %n operation(s)</source>
        <translation>
            <numerusform>%1 — %n opération</numerusform>
            <numerusform>%1 — %n opérations</numerusform>
        </translation>
    </message>
    <message>
        <source>The tag %1: every operation below, and any Exoscale adds to it later.</source>
        <translation>L’étiquette %1&#xa0;: toutes les opérations ci-dessous, ainsi que celles qu’Exoscale y ajoutera plus tard.</translation>
    </message>
    <message>
        <source>The signing key may not grant every operation of the tag %1.</source>
        <translation>La clé de signature n’est pas autorisée à accorder toutes les opérations de l’étiquette %1.</translation>
    </message>
    <message>
        <source>The signing key may not use %1, so it cannot grant it.</source>
        <translation>La clé de signature n’est pas autorisée à utiliser %1&#xa0;; elle ne peut donc pas l’accorder.</translation>
    </message>
    <message>
        <source>Included by the tag %1.</source>
        <translation>Incluse par l’étiquette %1.</translation>
    </message>
    <message numerus="yes">
        <source>%1 — %n operation(s), not grantable by this signing key</source>
        <translation>
            <numerusform>%1 — %n opération, non accordable par cette clé de signature</numerusform>
            <numerusform>%1 — %n opérations, non accordables par cette clé de signature</numerusform>
        </translation>
    </message>
    <message>
        <source>The signing key may not grant every operation of the tag %1, so it cannot grant the tag. Untick it to go on.</source>
        <translation>La clé de signature n’est pas autorisée à accorder toutes les opérations de l’étiquette %1&#xa0;; elle ne peut donc pas accorder l’étiquette. Décochez-la pour continuer.</translation>
    </message>
    <message>
        <source>%1 — not grantable by this signing key</source>
        <translation>%1 — non accordable par cette clé de signature</translation>
    </message>
    <message>
        <source>Included by the tag %1, which the signing key may not grant: it may not use %2.</source>
        <translation>Incluse par l’étiquette %1, que la clé de signature n’est pas autorisée à accorder&#xa0;: elle n’est pas autorisée à utiliser %2.</translation>
    </message>
    <message>
        <source>The signing key may not use %1, so it cannot grant it. Untick it to go on.</source>
        <translation>La clé de signature n’est pas autorisée à utiliser %1&#xa0;; elle ne peut donc pas l’accorder. Décochez-la pour continuer.</translation>
    </message>
</context>
<context>
    <name>Keyport::Cel::Activation</name>
    <message>
        <source>invalid timestamp for &apos;now&apos;</source>
        <translation>horodatage non valide pour &apos;now&apos;</translation>
    </message>
</context>
<context>
    <name>Keyport::Cel::Checker</name>
    <message>
        <source>&apos;%1&apos; cannot take a value of type &apos;%2&apos;</source>
        <translation>&apos;%1&apos; ne peut pas prendre une valeur de type &apos;%2&apos;</translation>
    </message>
    <message>
        <source>unknown name &apos;%1&apos;</source>
        <translation>nom inconnu &apos;%1&apos;</translation>
    </message>
    <message>
        <source>no such overload for &apos;%1&apos; applied to (%2, %3)</source>
        <translation>aucune surcharge de &apos;%1&apos; pour (%2, %3)</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is a function, not a method</source>
        <translation>&apos;%1&apos; est une fonction, pas une méthode</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is a method, not a function</source>
        <translation>&apos;%1&apos; est une méthode, pas une fonction</translation>
    </message>
    <message numerus="yes">
        <source>wrong number of arguments to &apos;%1&apos;: %n given</source>
        <translation>
            <numerusform>nombre d’arguments incorrect pour &apos;%1&apos;&#xa0;: %n fourni</numerusform>
            <numerusform>nombre d’arguments incorrect pour &apos;%1&apos;&#xa0;: %n fournis</numerusform>
        </translation>
    </message>
    <message>
        <source>unknown method &apos;%1&apos;</source>
        <translation>méthode inconnue &apos;%1&apos;</translation>
    </message>
    <message>
        <source>unknown function &apos;%1&apos;</source>
        <translation>fonction inconnue &apos;%1&apos;</translation>
    </message>
    <message>
        <source>invalid regular expression: %1</source>
        <translation>expression régulière non valide&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>Keyport::Cel::Evaluator</name>
    <message>
        <source>no such overload for &apos;%1&apos; applied to (%2)</source>
        <translation>aucune surcharge de &apos;%1&apos; pour (%2)</translation>
    </message>
    <message>
        <source>integer overflow</source>
        <translation>dépassement de capacité d’entier</translation>
    </message>
    <message>
        <source>timestamp out of range</source>
        <translation>timestamp hors limites</translation>
    </message>
    <message>
        <source>duration out of range</source>
        <translation>duration hors limites</translation>
    </message>
    <message>
        <source>division by zero</source>
        <translation>division par zéro</translation>
    </message>
    <message>
        <source>modulus by zero</source>
        <translation>modulo par zéro</translation>
    </message>
    <message>
        <source>string too long</source>
        <translation>chaîne trop longue</translation>
    </message>
    <message>
        <source>bytes too long</source>
        <translation>octets trop longs</translation>
    </message>
    <message>
        <source>list too long</source>
        <translation>liste trop longue</translation>
    </message>
    <message>
        <source>int conversion out of range</source>
        <translation>conversion en int hors limites</translation>
    </message>
    <message>
        <source>cannot convert &apos;%1&apos; to int</source>
        <translation>impossible de convertir &apos;%1&apos; en int</translation>
    </message>
    <message>
        <source>uint conversion out of range</source>
        <translation>conversion en uint hors limites</translation>
    </message>
    <message>
        <source>cannot convert &apos;%1&apos; to uint</source>
        <translation>impossible de convertir &apos;%1&apos; en uint</translation>
    </message>
    <message>
        <source>cannot convert &apos;%1&apos; to double</source>
        <translation>impossible de convertir &apos;%1&apos; en double</translation>
    </message>
    <message>
        <source>invalid UTF-8 in bytes</source>
        <translation>UTF-8 non valide dans les octets</translation>
    </message>
    <message>
        <source>cannot convert &apos;%1&apos; to bool</source>
        <translation>impossible de convertir &apos;%1&apos; en bool</translation>
    </message>
    <message>
        <source>cannot convert &apos;%1&apos; to timestamp</source>
        <translation>impossible de convertir &apos;%1&apos; en timestamp</translation>
    </message>
    <message>
        <source>cannot convert &apos;%1&apos; to duration</source>
        <translation>impossible de convertir &apos;%1&apos; en duration</translation>
    </message>
    <message>
        <source>unknown time zone &apos;%1&apos;</source>
        <translation>fuseau horaire inconnu &apos;%1&apos;</translation>
    </message>
    <message>
        <source>no such key: %1</source>
        <translation>clé inexistante&#xa0;: %1</translation>
    </message>
    <message>
        <source>undeclared reference to &apos;%1&apos;</source>
        <translation>référence non déclarée à &apos;%1&apos;</translation>
    </message>
    <message>
        <source>type &apos;%1&apos; does not support field selection</source>
        <translation>le type &apos;%1&apos; ne permet pas la sélection de champ</translation>
    </message>
    <message>
        <source>no such key: &apos;%1&apos;</source>
        <translation>clé inexistante&#xa0;: &apos;%1&apos;</translation>
    </message>
    <message>
        <source>type &apos;%1&apos; does not support field presence tests</source>
        <translation>le type &apos;%1&apos; ne permet pas de tester la présence d’un champ</translation>
    </message>
    <message>
        <source>invalid list index %1</source>
        <translation>index de liste non valide %1</translation>
    </message>
    <message>
        <source>index out of range: %1</source>
        <translation>index hors limites&#xa0;: %1</translation>
    </message>
    <message numerus="yes">
        <source>no such overload for &apos;%1&apos; with %n argument(s)</source>
        <translation>
            <numerusform>aucune surcharge de &apos;%1&apos; avec %n argument</numerusform>
            <numerusform>aucune surcharge de &apos;%1&apos; avec %n arguments</numerusform>
        </translation>
    </message>
    <message>
        <source>no such function &apos;%1&apos;</source>
        <translation>fonction inexistante &apos;%1&apos;</translation>
    </message>
    <message>
        <source>invalid regular expression: %1</source>
        <translation>expression régulière non valide&#xa0;: %1</translation>
    </message>
    <message>
        <source>unsupported key type &apos;%1&apos;</source>
        <translation>type de clé non pris en charge &apos;%1&apos;</translation>
    </message>
    <message>
        <source>duplicate key %1 in map literal</source>
        <translation>clé %1 en double dans le littéral de map</translation>
    </message>
    <message>
        <source>predicate of a macro must be a bool, not &apos;%1&apos;</source>
        <translation>le prédicat d’une macro doit être un bool, pas &apos;%1&apos;</translation>
    </message>
    <message numerus="yes">
        <source>evaluation exceeded %n macro iterations</source>
        <translation>
            <numerusform>l’évaluation a dépassé %n itération de macro</numerusform>
            <numerusform>l’évaluation a dépassé %n itérations de macro</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Keyport::Cel::Expression</name>
    <message>
        <source>empty expression</source>
        <translation>expression vide</translation>
    </message>
</context>
<context>
    <name>Keyport::Cel::IpRange</name>
    <message>
        <source>invalid IP range &apos;%1&apos;</source>
        <translation>plage IP non valide &apos;%1&apos;</translation>
    </message>
    <message>
        <source>invalid IP address &apos;%1&apos;</source>
        <translation>adresse IP non valide &apos;%1&apos;</translation>
    </message>
</context>
<context>
    <name>Keyport::Cel::Lexer</name>
    <message>
        <source>unexpected character U+0000</source>
        <translation>caractère inattendu U+0000</translation>
    </message>
    <message>
        <source>unexpected character &apos;%1&apos;</source>
        <translation>caractère inattendu &apos;%1&apos;</translation>
    </message>
    <message>
        <source>invalid hexadecimal literal</source>
        <translation>littéral hexadécimal non valide</translation>
    </message>
    <message>
        <source>invalid number literal</source>
        <translation>littéral numérique non valide</translation>
    </message>
    <message>
        <source>invalid exponent in number literal</source>
        <translation>exposant non valide dans un littéral numérique</translation>
    </message>
    <message>
        <source>unterminated string literal</source>
        <translation>littéral de chaîne non terminé</translation>
    </message>
    <message>
        <source>unicode escape in a bytes literal</source>
        <translation>échappement Unicode dans un littéral d’octets</translation>
    </message>
    <message>
        <source>invalid escape sequence</source>
        <translation>séquence d’échappement non valide</translation>
    </message>
    <message>
        <source>invalid code point in escape sequence</source>
        <translation>point de code non valide dans une séquence d’échappement</translation>
    </message>
    <message>
        <source>invalid octal escape sequence</source>
        <translation>séquence d’échappement octale non valide</translation>
    </message>
</context>
<context>
    <name>Keyport::Cel::Parser</name>
    <message numerus="yes">
        <source>expression longer than %n characters</source>
        <translation>
            <numerusform>expression de plus de %n caractère</numerusform>
            <numerusform>expression de plus de %n caractères</numerusform>
        </translation>
    </message>
    <message>
        <source>expected %1</source>
        <translation>%1 attendu</translation>
    </message>
    <message>
        <source>unexpected end of expression</source>
        <translation>fin d’expression inattendue</translation>
    </message>
    <message>
        <source>reserved identifier &apos;%1&apos;</source>
        <translation>identifiant réservé &apos;%1&apos;</translation>
    </message>
    <message>
        <source>unexpected token</source>
        <translation>jeton inattendu</translation>
    </message>
    <message>
        <source>expression nested too deeply</source>
        <translation>expression trop profondément imbriquée</translation>
    </message>
    <message>
        <source>integer literal out of range</source>
        <translation>littéral entier hors limites</translation>
    </message>
    <message>
        <source>expected a field name</source>
        <translation>nom de champ attendu</translation>
    </message>
    <message>
        <source>message construction is not supported</source>
        <translation>la construction de messages n’est pas prise en charge</translation>
    </message>
    <message>
        <source>expected a name</source>
        <translation>nom attendu</translation>
    </message>
    <message>
        <source>invalid argument to has() macro</source>
        <translation>argument non valide pour la macro has()</translation>
    </message>
    <message>
        <source>argument must be a simple name</source>
        <translation>l’argument doit être un nom simple</translation>
    </message>
</context>
<context>
    <name>Keyport::Cel::Value</name>
    <message>
        <source>timestamp nanoseconds out of range</source>
        <translation>nanosecondes du timestamp hors limites</translation>
    </message>
    <message>
        <source>timestamp out of range</source>
        <translation>timestamp hors limites</translation>
    </message>
    <message>
        <source>invalid timestamp</source>
        <translation>timestamp non valide</translation>
    </message>
    <message>
        <source>duration nanoseconds out of range</source>
        <translation>nanosecondes de la duration hors limites</translation>
    </message>
    <message>
        <source>duration out of range</source>
        <translation>duration hors limites</translation>
    </message>
</context>
<context>
    <name>Keyport::CheckCredentialsJob</name>
    <message>
        <source>Keyport has no network access.</source>
        <translation>Keyport n’a pas d’accès réseau.</translation>
    </message>
    <message>
        <source>The key works: it is an IAM API key. Keyport manages legacy access keys; IAM API keys and their roles come in a later version.</source>
        <translation>La clé fonctionne&#xa0;: c’est une clé d’API IAM. Keyport gère les anciennes clés d’accès&#xa0;; les clés d’API IAM et leurs rôles seront pris en charge dans une version ultérieure.</translation>
    </message>
    <message>
        <source>The key works. It is a legacy access key, but it may not list its own operations, so Keyport cannot tell what it may do.</source>
        <translation>La clé fonctionne. C’est une ancienne clé d’accès, mais elle n’est pas autorisée à lister ses propres opérations&#xa0;; Keyport ne peut donc pas savoir ce qu’elle est autorisée à faire.</translation>
    </message>
    <message numerus="yes">
        <source>The key works. It is an unrestricted legacy access key: it may use all %n operation(s).</source>
        <translation>
            <numerusform>La clé fonctionne. C’est une ancienne clé d’accès non restreinte&#xa0;: elle peut utiliser %n opération.</numerusform>
            <numerusform>La clé fonctionne. C’est une ancienne clé d’accès non restreinte&#xa0;: elle peut utiliser les %n opérations.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The key works. It is a legacy access key, restricted to %n operation(s).</source>
        <translation>
            <numerusform>La clé fonctionne. C’est une ancienne clé d’accès, restreinte à %n opération.</numerusform>
            <numerusform>La clé fonctionne. C’est une ancienne clé d’accès, restreinte à %n opérations.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The key works. It is a legacy access key, restricted to %1 of %n operation(s), every operation tagged %2 included.</source>
        <translation>
            <numerusform>La clé fonctionne. C’est une ancienne clé d’accès, restreinte à %1 opération sur %n, y compris toutes les opérations portant l’étiquette %2.</numerusform>
            <numerusform>La clé fonctionne. C’est une ancienne clé d’accès, restreinte à %1 opérations sur %n, y compris toutes les opérations portant l’étiquette %2.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The key works. It is a legacy access key, restricted to %1 of %n operation(s).</source>
        <translation>
            <numerusform>La clé fonctionne. C’est une ancienne clé d’accès, restreinte à %1 opération sur %n.</numerusform>
            <numerusform>La clé fonctionne. C’est une ancienne clé d’accès, restreinte à %1 opérations sur %n.</numerusform>
        </translation>
    </message>
    <message>
        <source>Keyport could not find out whether the key works.</source>
        <translation>Keyport n’a pas pu déterminer si la clé fonctionne.</translation>
    </message>
</context>
<context>
    <name>Keyport::CheckKeychainCommand</name>
    <message>
        <source>The system keychain can be used again.</source>
        <translation>Le trousseau du système est de nouveau utilisable.</translation>
    </message>
    <message>
        <source>System Keychain Unavailable</source>
        <translation>Trousseau du système indisponible</translation>
    </message>
    <message>
        <source>Keyport cannot use the system keychain: %1

Until it can, Keyport keeps secrets in memory only: they are forgotten when Keyport quits, and accounts added now are kept for this session only. If you can unlock the keychain, do so and try again.</source>
        <translation>Keyport ne peut pas utiliser le trousseau du système : %1

En attendant, Keyport garde les secrets uniquement en mémoire : ils sont oubliés à la fermeture de Keyport, et les comptes ajoutés maintenant ne valent que pour cette session. Si vous pouvez déverrouiller le trousseau, faites-le puis réessayez.</translation>
    </message>
    <message>
        <source>Keep Secrets for This Session</source>
        <translation>Garder les secrets pour cette session</translation>
    </message>
    <message>
        <source>Try Again</source>
        <translation>Réessayer</translation>
    </message>
    <message numerus="yes">
        <source>Deleted %n secret(s) that were left in the system keychain.</source>
        <translation>
            <numerusform>%n secret resté dans le trousseau du système a été supprimé.</numerusform>
            <numerusform>%n secrets restés dans le trousseau du système ont été supprimés.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Keyport::CopyKeyIdCommand</name>
    <message>
        <source>Copied the key ID %1.</source>
        <translation>Identifiant de clé %1 copié.</translation>
    </message>
</context>
<context>
    <name>Keyport::CopySecretCommand</name>
    <message>
        <source>The secret of %1 cannot be read: %2</source>
        <translation>Le secret de %1 ne peut pas être lu&#xa0;: %2</translation>
    </message>
    <message numerus="yes">
        <source>Copied the secret of %1; the clipboard will be cleared in %n second(s).</source>
        <translation>
            <numerusform>Secret de %1 copié&#xa0;; le presse-papiers sera vidé dans %n seconde.</numerusform>
            <numerusform>Secret de %1 copié&#xa0;; le presse-papiers sera vidé dans %n secondes.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Keyport::CreateApiKeyFlow</name>
    <message>
        <source>The account is not open.</source>
        <translation>Le compte n’est pas ouvert.</translation>
    </message>
    <message>
        <source>Creating the API key %1…</source>
        <translation>Création de la clé d’API %1…</translation>
    </message>
    <message>
        <source>No answer came; checking whether the API key was created…</source>
        <translation>Aucune réponse n’est arrivée&#xa0;; vérification de la création de la clé d’API…</translation>
    </message>
</context>
<context>
    <name>Keyport::CreateCredentialFlow</name>
    <message>
        <source>The account was closed.</source>
        <translation>Le compte a été fermé.</translation>
    </message>
    <message>
        <source>Saving the secret in %1…</source>
        <translation>Enregistrement du secret dans %1…</translation>
    </message>
</context>
<context>
    <name>Keyport::CreateKeyFlow</name>
    <message>
        <source>The account is not open.</source>
        <translation>Le compte n’est pas ouvert.</translation>
    </message>
    <message>
        <source>Creating the key %1…</source>
        <translation>Création de la clé %1…</translation>
    </message>
    <message>
        <source>No answer came; checking whether the key was created…</source>
        <translation>Aucune réponse n’est arrivée&#xa0;; vérification de la création éventuelle de la clé…</translation>
    </message>
</context>
<context>
    <name>Keyport::CreatingPage</name>
    <message>
        <source>&amp;Back to Edit</source>
        <translation>Revenir à la &amp;modification</translation>
    </message>
    <message>
        <source>&amp;Revoke This Key</source>
        <translation>&amp;Révoquer cette clé</translation>
    </message>
    <message>
        <source>Creating the Key</source>
        <translation>Création de la clé</translation>
    </message>
    <message>
        <source>Creating</source>
        <translation>Création en cours</translation>
    </message>
    <message>
        <source>&amp;Back to Review</source>
        <translation>Revenir à la &amp;vérification</translation>
    </message>
    <message>
        <source>The key was not created.
%1</source>
        <translation>La clé n’a pas été créée.
%1</translation>
    </message>
    <message>
        <source>Exoscale did not answer (%1), and its key list shows no new key named %2: nothing was created. You can try again.</source>
        <translation>Exoscale n’a pas répondu (%1), et sa liste de clés ne contient aucune nouvelle clé nommée %2&#xa0;: rien n’a été créé. Vous pouvez réessayer.</translation>
    </message>
    <message>
        <source>Exoscale created the key %1 (%2), but its answer was lost, and with it the key&apos;s secret: it cannot be shown again. Revoke this key, then create it anew.</source>
        <translation>Exoscale a créé la clé %1 (%2), mais sa réponse a été perdue, et avec elle le secret de la clé&#xa0;: il ne peut plus être affiché. Révoquez cette clé, puis créez-la de nouveau.</translation>
    </message>
    <message>
        <source>Exoscale did not answer, and Keyport could not check whether the key was created: %1
Look for a key named %2 in the list before trying again.</source>
        <translation>Exoscale n’a pas répondu, et Keyport n’a pas pu vérifier si la clé a été créée&#xa0;: %1
Cherchez une clé nommée %2 dans la liste avant de réessayer.</translation>
    </message>
    <message>
        <source>The key %1 was revoked. You can create the key again.</source>
        <translation>La clé %1 a été révoquée. Vous pouvez créer la clé de nouveau.</translation>
    </message>
</context>
<context>
    <name>Keyport::DeleteApiKeysDialog</name>
    <message>
        <source>Delete API Key</source>
        <translation>Supprimer la clé d’API</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n API Keys</source>
        <translation>
            <numerusform>Supprimer %n clé d’API</numerusform>
            <numerusform>Supprimer %n clés d’API</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete the API key %1 (%2)?</source>
        <translation>Supprimer la clé d’API %1 (%2)&#xa0;?</translation>
    </message>
    <message numerus="yes">
        <source>Delete these %n API keys?</source>
        <translation>
            <numerusform>Supprimer %n clé d’API&#xa0;?</numerusform>
            <numerusform>Supprimer ces %n clés d’API&#xa0;?</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;API key to delete</source>
        <translation>Clé d’&amp;API à supprimer</translation>
    </message>
    <message>
        <source>&amp;API keys to delete</source>
        <translation>Clés d’&amp;API à supprimer</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rôle</translation>
    </message>
    <message numerus="yes">
        <source>Deletion is immediate and cannot be undone. Programs that use these %n API key(s) stop working at once. Their roles stay, with the other keys and the people bound to them.</source>
        <translation>
            <numerusform>La suppression est immédiate et irréversible. Les programmes qui utilisent %n clé d’API cessent aussitôt de fonctionner. Le rôle de la clé demeure, avec les autres clés et les personnes qui y sont liées.</numerusform>
            <numerusform>La suppression est immédiate et irréversible. Les programmes qui utilisent ces %n clés d’API cessent aussitôt de fonctionner. Les rôles de ces clés demeurent, avec les autres clés et les personnes qui y sont liées.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 is the API key this account signs with. Once it is deleted, Keyport can no longer use this account: to go on, add the account again with another key.</source>
        <translation>%1 est la clé d’API avec laquelle ce compte signe. Une fois supprimée, Keyport ne peut plus utiliser ce compte&#xa0;: pour continuer, ajoutez de nouveau le compte avec une autre clé.</translation>
    </message>
    <message>
        <source>%1 is the API key this account signs with. It is deleted last, after the other keys. Once it is deleted, Keyport can no longer use this account: to go on, add the account again with another key.</source>
        <translation>%1 est la clé d’API avec laquelle ce compte signe. Elle est supprimée en dernier, après les autres clés. Une fois supprimée, Keyport ne peut plus utiliser ce compte&#xa0;: pour continuer, ajoutez de nouveau le compte avec une autre clé.</translation>
    </message>
    <message>
        <source>Deleting…</source>
        <translation>Suppression…</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>Supprimée</translation>
    </message>
    <message>
        <source>Deleted. %1</source>
        <translation>Supprimée. %1</translation>
    </message>
    <message>
        <source>Not deleted: %1</source>
        <translation>Non supprimée&#xa0;: %1</translation>
    </message>
    <message numerus="yes">
        <source>Deleting: %1 of %n API key(s) done.</source>
        <translation>
            <numerusform>Suppression&#xa0;: %1 clé d’API sur %n traitée.</numerusform>
            <numerusform>Suppression&#xa0;: %1 clés d’API sur %n traitées.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Deleting: %1 of %n API key(s) done. Checking whether Exoscale deleted the others…</source>
        <translation>
            <numerusform>Suppression&#xa0;: %1 clé d’API sur %n traitée. Vérification que Exoscale a supprimé les autres…</numerusform>
            <numerusform>Suppression&#xa0;: %1 clés d’API sur %n traitées. Vérification que Exoscale a supprimé les autres…</numerusform>
        </translation>
    </message>
    <message>
        <source>The deletion was stopped before it finished. Refresh the list of API keys to see which are gone.</source>
        <translation>La suppression a été arrêtée avant la fin. Actualisez la liste des clés d’API pour voir celles qui ont disparu.</translation>
    </message>
    <message>
        <source>You stopped the deletion.</source>
        <translation>Vous avez arrêté la suppression.</translation>
    </message>
    <message numerus="yes">
        <source>%n API key(s) deleted.</source>
        <translation>
            <numerusform>%n clé d’API supprimée.</numerusform>
            <numerusform>%n clés d’API supprimées.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n API key(s) not deleted; they stay in the list.</source>
        <translation>
            <numerusform>%n clé d’API non supprimée&#xa0;; elle reste dans la liste.</numerusform>
            <numerusform>%n clés d’API non supprimées&#xa0;; elles restent dans la liste.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n API key(s) in an unknown state: Keyport could not find out whether Exoscale deleted them. They stay in the list; refresh it later.</source>
        <translation>
            <numerusform>%n clé d’API dans un état inconnu&#xa0;: Keyport n’a pas pu savoir si Exoscale l’a supprimée. Elle reste dans la liste&#xa0;; actualisez-la plus tard.</numerusform>
            <numerusform>%n clés d’API dans un état inconnu&#xa0;: Keyport n’a pas pu savoir si Exoscale les a supprimées. Elles restent dans la liste&#xa0;; actualisez-la plus tard.</numerusform>
        </translation>
    </message>
    <message>
        <source>Every API key was deleted, but not every stored secret could be deleted.</source>
        <translation>Toutes les clés d’API ont été supprimées, mais tous les secrets enregistrés n’ont pas pu être supprimés.</translation>
    </message>
</context>
<context>
    <name>Keyport::DeleteApiKeysFlow</name>
    <message>
        <source>Keyport stopped waiting before Exoscale confirmed the deletion.</source>
        <translation>Keyport a cessé d’attendre avant que Exoscale confirme la suppression.</translation>
    </message>
    <message>
        <source>The deletion was stopped before this API key&apos;s turn; nothing was sent.</source>
        <translation>La suppression a été arrêtée avant le tour de cette clé d’API&#xa0;; rien n’a été envoyé.</translation>
    </message>
    <message>
        <source>Keyport cannot sign requests for this account yet, so the API key was not deleted. Try again once the list of API keys has loaded.</source>
        <translation>Keyport ne peut pas encore signer de requêtes pour ce compte&#xa0;; la clé d’API n’a donc pas été supprimée. Réessayez une fois la liste des clés d’API chargée.</translation>
    </message>
    <message>
        <source>You stopped the deletion before Exoscale confirmed it.</source>
        <translation>Vous avez arrêté la suppression avant que Exoscale la confirme.</translation>
    </message>
    <message>
        <source>Exoscale accepted the deletion, but Keyport could not follow it to the end: %1</source>
        <translation>Exoscale a accepté la suppression, mais Keyport n’a pas pu la suivre jusqu’au bout&#xa0;: %1</translation>
    </message>
    <message>
        <source>%1 Exoscale accepted the deletion but has not finished it: the API key is still listed. Refresh the list later to see whether it is gone.</source>
        <translation>%1 Exoscale a accepté la suppression mais ne l’a pas terminée&#xa0;: la clé d’API figure encore dans la liste. Actualisez la liste plus tard pour voir si elle a disparu.</translation>
    </message>
    <message>
        <source>%1 The API key is still listed: Exoscale did not delete it.</source>
        <translation>%1 La clé d’API figure encore dans la liste&#xa0;: Exoscale ne l’a pas supprimée.</translation>
    </message>
</context>
<context>
    <name>Keyport::DeleteRoleCommand</name>
    <message>
        <source>The role %1 cannot be deleted: it is not editable.</source>
        <translation>Le rôle %1 ne peut pas être supprimé&#xa0;: il n’est pas modifiable.</translation>
    </message>
    <message>
        <source>Delete Role</source>
        <translation>Supprimer le rôle</translation>
    </message>
    <message>
        <source>The account was closed before the role %1 was deleted.</source>
        <translation>Le compte a été fermé avant la suppression du rôle %1.</translation>
    </message>
    <message>
        <source>The role %1 was not deleted: %2</source>
        <translation>Le rôle %1 n’a pas été supprimé&#xa0;: %2</translation>
    </message>
    <message>
        <source>The role %1 was deleted.</source>
        <translation>Le rôle %1 a été supprimé.</translation>
    </message>
</context>
<context>
    <name>Keyport::DemoAccount</name>
    <message>
        <source>Demo</source>
        <translation>Démo</translation>
    </message>
    <message>
        <source>The demo&apos;s local server cannot start: %1</source>
        <translation>Le serveur local de la démo ne peut pas démarrer&#xa0;: %1</translation>
    </message>
    <message>
        <source>Demo (IAM v3)</source>
        <translation>Démo (IAM v3)</translation>
    </message>
</context>
<context>
    <name>Keyport::EditAccountCommand</name>
    <message>
        <source>The account %1 was changed, but not all of its old entries could be deleted from the system keychain yet: %2</source>
        <translation>Le compte %1 a été modifié, mais certaines de ses anciennes entrées n’ont pas encore pu être supprimées du trousseau du système&#xa0;: %2</translation>
    </message>
    <message>
        <source>The account was not changed: %1</source>
        <translation>Le compte n’a pas été modifié&#xa0;: %1</translation>
    </message>
    <message>
        <source>Saved the changes to the account %1.</source>
        <translation>Les modifications du compte %1 ont été enregistrées.</translation>
    </message>
</context>
<context>
    <name>Keyport::EditOrganizationPolicyCommand</name>
    <message>
        <source>The organization policy cannot be edited: it could not be read. %1</source>
        <translation>La politique de l’organisation ne peut pas être modifiée&#xa0;: elle n’a pas pu être lue. %1</translation>
    </message>
    <message>
        <source>Test Bench</source>
        <translation>Banc d’essai</translation>
    </message>
    <message>
        <source>Save Policy</source>
        <translation>Enregistrer la politique</translation>
    </message>
    <message>
        <source>The organization policy was not saved: the old policy still applies. %1</source>
        <translation>La politique de l’organisation n’a pas été enregistrée&#xa0;: l’ancienne politique s’applique toujours. %1</translation>
    </message>
    <message>
        <source>The organization policy was saved.</source>
        <translation>La politique de l’organisation a été enregistrée.</translation>
    </message>
</context>
<context>
    <name>Keyport::Endpoint</name>
    <message>
        <source>&quot;%1&quot; is not a zone name such as ch-gva-2.</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas un nom de zone tel que ch-gva-2.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid API environment name.</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas un nom d’environnement d’API valide.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an API address such as https://api-ch-gva-2.exoscale.com/v2.</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas une adresse d’API telle que https://api-ch-gva-2.exoscale.com/v2.</translation>
    </message>
    <message>
        <source>An API address has no query, fragment or user name: &quot;%1&quot;.</source>
        <translation>Une adresse d’API ne comporte ni chaîne de requête, ni fragment, ni nom d’utilisateur&#xa0;: «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>The address %1 uses plain HTTP, which would expose every request. Use https://; plain HTTP is only accepted on this computer&apos;s own (loopback) addresses.</source>
        <translation>L’adresse %1 utilise HTTP en clair, ce qui exposerait chaque requête. Utilisez https://&#xa0;; HTTP en clair n’est accepté que sur les adresses propres à cet ordinateur (boucle locale).</translation>
    </message>
    <message numerus="yes">
        <source>%1 is not an Exoscale API host. Keyport&apos;s signature on a request does not cover the host it is sent to, so %1 could send your requests on to Exoscale and act with your key for up to %n minute(s) after each one. Use this address only if you trust whoever runs it.</source>
        <translation>
            <numerusform>%1 n’est pas un hôte d’API Exoscale. La signature que Keyport appose sur une requête ne couvre pas l’hôte auquel elle est envoyée&#xa0;; %1 pourrait donc transmettre vos requêtes à Exoscale et agir avec votre clé jusqu’à %n minute après chacune d’elles. N’utilisez cette adresse que si vous faites confiance à son exploitant.</numerusform>
            <numerusform>%1 n’est pas un hôte d’API Exoscale. La signature que Keyport appose sur une requête ne couvre pas l’hôte auquel elle est envoyée&#xa0;; %1 pourrait donc transmettre vos requêtes à Exoscale et agir avec votre clé jusqu’à %n minutes après chacune d’elles. N’utilisez cette adresse que si vous faites confiance à son exploitant.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Keyport::EnvironmentAccount</name>
    <message>
        <source>The environment variable EXOSCALE_API_KEY is set but %1 is not. Set both to use an account from the environment.</source>
        <translation>La variable d’environnement EXOSCALE_API_KEY est définie, mais pas %1. Définissez les deux pour utiliser un compte depuis l’environnement.</translation>
    </message>
    <message>
        <source>The environment variable %1 cannot be used. %2</source>
        <translation>La variable d’environnement %1 ne peut pas être utilisée. %2</translation>
    </message>
    <message>
        <source>The environment variable %1 cannot be used. %2 To use this address anyway, add the account with Add Account, which asks you to confirm the host.</source>
        <translation>La variable d’environnement %1 ne peut pas être utilisée. %2 Pour utiliser quand même cette adresse, ajoutez le compte avec «&#xa0;Ajouter un compte&#xa0;», qui vous demande de confirmer l’hôte.</translation>
    </message>
</context>
<context>
    <name>Keyport::Error</name>
    <message>
        <source>The operation was cancelled.</source>
        <translation>L’opération a été annulée.</translation>
    </message>
    <message>
        <source>The server sent an answer Keyport cannot understand: %1</source>
        <translation>Le serveur a envoyé une réponse que Keyport ne comprend pas&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>Keyport::ErrorBanner</name>
    <message>
        <source>&amp;Retry</source>
        <translation>&amp;Réessayer</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Ignorer</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Avertissement</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
</context>
<context>
    <name>Keyport::ErrorMapper</name>
    <message>
        <source>
Exoscale said: %1</source>
        <translation>
Réponse d’Exoscale&#xa0;: %1</translation>
    </message>
    <message>
        <source>This account signs with a new-style IAM API key, and Exoscale does not let those create legacy access keys. Add an account that uses a legacy access key to create access keys.</source>
        <translation>Ce compte signe avec une clé d’API IAM de nouvelle génération, et Exoscale ne permet pas à celles-ci de créer des clés d’accès d’ancienne génération. Ajoutez un compte qui utilise une clé d’accès d’ancienne génération pour créer des clés d’accès.</translation>
    </message>
    <message>
        <source>Exoscale refused the request as invalid.</source>
        <translation>Exoscale a refusé la requête, la jugeant non valide.</translation>
    </message>
    <message>
        <source>Exoscale refused the request: the API key or secret is wrong or expired, or this key is not allowed to do this.</source>
        <translation>Exoscale a refusé la requête&#xa0;: la clé d’API ou le secret est erroné ou expiré, ou cette clé n’est pas autorisée à effectuer cette action.</translation>
    </message>
    <message>
        <source>Exoscale does not know this item; it may have been deleted.</source>
        <translation>Exoscale ne connaît pas cet élément&#xa0;; il a peut-être été supprimé.</translation>
    </message>
    <message>
        <source>Exoscale refused the request because it conflicts with the current state.</source>
        <translation>Exoscale a refusé la requête, car elle est en conflit avec l’état actuel.</translation>
    </message>
    <message numerus="yes">
        <source>Exoscale is limiting the rate of requests; try again in %n second(s).</source>
        <translation>
            <numerusform>Exoscale limite le débit des requêtes&#xa0;; réessayez dans %n seconde.</numerusform>
            <numerusform>Exoscale limite le débit des requêtes&#xa0;; réessayez dans %n secondes.</numerusform>
        </translation>
    </message>
    <message>
        <source>Exoscale is limiting the rate of requests; try again in a moment.</source>
        <translation>Exoscale limite le débit des requêtes&#xa0;; réessayez dans un instant.</translation>
    </message>
    <message>
        <source>Exoscale had a problem on its side (HTTP %1). Try again in a moment.</source>
        <translation>Exoscale a rencontré un problème de son côté (HTTP %1). Réessayez dans un instant.</translation>
    </message>
    <message>
        <source>Exoscale refused the request (HTTP %1).</source>
        <translation>Exoscale a refusé la requête (HTTP %1).</translation>
    </message>
    <message>
        <source>Exoscale gave an unexpected answer (HTTP %1).</source>
        <translation>Exoscale a renvoyé une réponse inattendue (HTTP %1).</translation>
    </message>
    <message>
        <source>The request was cancelled.</source>
        <translation>La requête a été annulée.</translation>
    </message>
    <message>
        <source>The secure connection to Exoscale could not be established: %1</source>
        <translation>La connexion sécurisée à Exoscale n’a pas pu être établie&#xa0;: %1</translation>
    </message>
    <message>
        <source>The API server&apos;s name could not be found. Check the network connection and the account&apos;s zone or endpoint.</source>
        <translation>Le nom du serveur d’API est introuvable. Vérifiez la connexion réseau ainsi que la zone ou le point de terminaison du compte.</translation>
    </message>
    <message>
        <source>The API server refused the connection. Check the account&apos;s endpoint.</source>
        <translation>Le serveur d’API a refusé la connexion. Vérifiez le point de terminaison du compte.</translation>
    </message>
    <message>
        <source>The API server did not answer in time. Check the network connection.</source>
        <translation>Le serveur d’API n’a pas répondu à temps. Vérifiez la connexion réseau.</translation>
    </message>
    <message>
        <source>The connection to the API server failed: %1</source>
        <translation>La connexion au serveur d’API a échoué&#xa0;: %1</translation>
    </message>
    <message numerus="yes">
        <source>The API server did not answer within %n second(s).</source>
        <translation>
            <numerusform>Le serveur d’API n’a pas répondu dans un délai de %n seconde.</numerusform>
            <numerusform>Le serveur d’API n’a pas répondu dans un délai de %n secondes.</numerusform>
        </translation>
    </message>
    <message>
        <source>This account signs with a new-style IAM API key, and Exoscale does not let those list legacy access keys. Add an account that uses a legacy access key to list access keys.</source>
        <translation>Ce compte signe avec une clé d’API IAM de nouvelle génération, et Exoscale ne permet pas à celles-ci de lister les clés d’accès d’ancienne génération. Ajoutez un compte qui utilise une clé d’accès d’ancienne génération pour lister les clés d’accès.</translation>
    </message>
    <message>
        <source>This account signs with a new-style IAM API key, and Exoscale does not let those read legacy access keys. Add an account that uses a legacy access key to read access keys.</source>
        <translation>Ce compte signe avec une clé d’API IAM de nouvelle génération, et Exoscale ne permet pas à celles-ci de lire les clés d’accès d’ancienne génération. Ajoutez un compte qui utilise une clé d’accès d’ancienne génération pour lire les clés d’accès.</translation>
    </message>
    <message>
        <source>This account signs with a new-style IAM API key, and Exoscale does not let those revoke legacy access keys. Add an account that uses a legacy access key to revoke access keys.</source>
        <translation>Ce compte signe avec une clé d’API IAM de nouvelle génération, et Exoscale ne permet pas à celles-ci de révoquer des clés d’accès d’ancienne génération. Ajoutez un compte qui utilise une clé d’accès d’ancienne génération pour révoquer des clés d’accès.</translation>
    </message>
    <message>
        <source>This account signs with a new-style IAM API key, and Exoscale does not let those list the operations of legacy access keys. Add an account that uses a legacy access key to manage access keys.</source>
        <translation>Ce compte signe avec une clé d’API IAM de nouvelle génération, et Exoscale ne permet pas à celles-ci de lister les opérations des clés d’accès d’ancienne génération. Ajoutez un compte qui utilise une clé d’accès d’ancienne génération pour gérer les clés d’accès.</translation>
    </message>
    <message>
        <source>This account signs with a new-style IAM API key, and Exoscale does not let those list their own legacy operations. Add an account that uses a legacy access key to manage access keys.</source>
        <translation>Ce compte signe avec une clé d’API IAM de nouvelle génération, et Exoscale ne permet pas à celles-ci de lister leurs propres opérations d’ancienne génération. Ajoutez un compte qui utilise une clé d’accès d’ancienne génération pour gérer les clés d’accès.</translation>
    </message>
    <message>
        <source>This account signs with a new-style IAM API key, and Exoscale does not let those follow the revocation of a legacy access key. Add an account that uses a legacy access key to revoke access keys.</source>
        <translation>Ce compte signe avec une clé d’API IAM de nouvelle génération, et Exoscale ne permet pas à celles-ci de suivre la révocation d’une clé d’accès d’ancienne génération. Ajoutez un compte qui utilise une clé d’accès d’ancienne génération pour révoquer des clés d’accès.</translation>
    </message>
    <message>
        <source>This account signs with a new-style IAM API key, and Exoscale does not let those manage legacy access keys. Add an account that uses a legacy access key.</source>
        <translation>Ce compte signe avec une clé d’API IAM de nouvelle génération, et Exoscale ne permet pas à celles-ci de gérer des clés d’accès d’ancienne génération. Ajoutez un compte qui utilise une clé d’accès d’ancienne génération.</translation>
    </message>
    <message>
        <source>The API server closed the connection without answering. The request may or may not have been carried out.</source>
        <translation>Le serveur d’API a fermé la connexion sans répondre. La requête a pu être exécutée ou non.</translation>
    </message>
    <message>
        <source>The network connection was lost before the API server answered. Check the network connection.</source>
        <translation>La connexion réseau a été perdue avant que le serveur d’API ne réponde. Vérifiez la connexion réseau.</translation>
    </message>
    <message>
        <source>The connection to the API server broke off without an answer. Check the network connection.</source>
        <translation>La connexion au serveur d’API s’est interrompue sans réponse. Vérifiez la connexion réseau.</translation>
    </message>
    <message>
        <source>Exoscale does not let this account&apos;s key do this: legacy access keys and IAM API keys cannot manage each other. Use an account whose key is of the other kind.</source>
        <translation>Exoscale n’autorise pas la clé de ce compte à faire cela&#xa0;: les anciennes clés d’accès et les clés d’API IAM ne peuvent pas se gérer mutuellement. Utilisez un compte dont la clé est de l’autre type.</translation>
    </message>
    <message>
        <source>The organization policy does not allow this request (service class &quot;%1&quot;).</source>
        <translation>La politique de l’organisation n’autorise pas cette requête (classe de service &quot;%1&quot;).</translation>
    </message>
    <message>
        <source>The organization policy does not allow this account&apos;s API key to call %1 (service class &quot;%2&quot;).</source>
        <translation>La politique de l’organisation n’autorise pas la clé d’API de ce compte à appeler %1 (classe de service &quot;%2&quot;).</translation>
    </message>
    <message>
        <source>The role of this account&apos;s API key does not allow this request (service class &quot;%1&quot;).</source>
        <translation>Le rôle de la clé d’API de ce compte n’autorise pas cette requête (classe de service &quot;%1&quot;).</translation>
    </message>
    <message>
        <source>The role of this account&apos;s API key does not allow it to call %1 (service class &quot;%2&quot;).</source>
        <translation>Le rôle de la clé d’API de ce compte ne l’autorise pas à appeler %1 (classe de service &quot;%2&quot;).</translation>
    </message>
</context>
<context>
    <name>Keyport::EventListJob</name>
    <message>
        <source>The start of the period (%1) is after its end (%2).</source>
        <translation>Le début de la période (%1) est postérieur à sa fin (%2).</translation>
    </message>
</context>
<context>
    <name>Keyport::ExoConfig</name>
    <message>
        <source>%1: &quot;%2&quot; must be a text string, the name of an account.</source>
        <translation>%1&#xa0;: «&#xa0;%2&#xa0;» doit être une chaîne de texte, le nom d’un compte.</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; must be a list of accounts, each starting with [[accounts]].</source>
        <translation>%1&#xa0;: «&#xa0;%2&#xa0;» doit être une liste de comptes, chacun commençant par [[accounts]].</translation>
    </message>
    <message>
        <source>%1: there is already an account named &quot;%2&quot;.</source>
        <translation>%1&#xa0;: il existe déjà un compte nommé «&#xa0;%2&#xa0;».</translation>
    </message>
    <message>
        <source>%1, line %2</source>
        <translation>%1, ligne %2</translation>
    </message>
    <message>
        <source>%1: the keys &quot;%2&quot; and &quot;%3&quot; are the same key, because keys are case-insensitive. Keep only one of them.</source>
        <translation>%1&#xa0;: les clés «&#xa0;%2&#xa0;» et «&#xa0;%3&#xa0;» sont la même clé, car les clés ne tiennent pas compte de la casse. N’en conservez qu’une.</translation>
    </message>
    <message>
        <source>%1: in the account &quot;%2&quot;, &quot;%3&quot; must be a text string.</source>
        <translation>%1&#xa0;: dans le compte «&#xa0;%2&#xa0;», «&#xa0;%3&#xa0;» doit être une chaîne de texte.</translation>
    </message>
    <message>
        <source>%1: the name of account number %2 must be a text string.</source>
        <translation>%1&#xa0;: le nom du compte numéro %2 doit être une chaîne de texte.</translation>
    </message>
    <message>
        <source>%1: account number %2 has no name.</source>
        <translation>%1&#xa0;: le compte numéro %2 n’a pas de nom.</translation>
    </message>
    <message>
        <source>%1: the account name &quot;%2&quot; cannot be used. %3</source>
        <translation>%1&#xa0;: le nom de compte «&#xa0;%2&#xa0;» ne peut pas être utilisé. %3</translation>
    </message>
    <message>
        <source>%1: the account &quot;%2&quot; has no API key (&quot;key&quot;).</source>
        <translation>%1&#xa0;: le compte «&#xa0;%2&#xa0;» n’a pas de clé d’API («&#xa0;key&#xa0;»).</translation>
    </message>
    <message>
        <source>%1: the account &quot;%2&quot; has no usable API address. %3</source>
        <translation>%1&#xa0;: le compte «&#xa0;%2&#xa0;» n’a pas d’adresse d’API utilisable. %3</translation>
    </message>
    <message>
        <source>%1: in the account &quot;%2&quot;, &quot;%3&quot; must be a list of text strings, such as [&quot;pass&quot;, &quot;show&quot;, &quot;exoscale&quot;].</source>
        <translation>%1&#xa0;: dans le compte «&#xa0;%2&#xa0;», «&#xa0;%3&#xa0;» doit être une liste de chaînes de texte, comme [&quot;pass&quot;, &quot;show&quot;, &quot;exoscale&quot;].</translation>
    </message>
    <message>
        <source>%1: in the account &quot;%2&quot;, &quot;%3&quot; must start with the program to run.</source>
        <translation>%1&#xa0;: dans le compte «&#xa0;%2&#xa0;», «&#xa0;%3&#xa0;» doit commencer par le programme à exécuter.</translation>
    </message>
    <message>
        <source>The exo CLI configuration file %1 does not exist.</source>
        <translation>Le fichier de configuration de la CLI exo %1 n’existe pas.</translation>
    </message>
    <message>
        <source>%1 is a folder, not an exo CLI configuration file.</source>
        <translation>%1 est un dossier, et non un fichier de configuration de la CLI exo.</translation>
    </message>
    <message>
        <source>The exo CLI configuration file %1 could not be opened: %2</source>
        <translation>Le fichier de configuration de la CLI exo %1 n’a pas pu être ouvert&#xa0;: %2</translation>
    </message>
    <message>
        <source>The exo CLI configuration file %1 could not be read: %2</source>
        <translation>Le fichier de configuration de la CLI exo %1 n’a pas pu être lu&#xa0;: %2</translation>
    </message>
    <message>
        <source>The file %1 is too large to be an exo CLI configuration file.</source>
        <translation>Le fichier %1 est trop volumineux pour être un fichier de configuration de la CLI exo.</translation>
    </message>
    <message>
        <source>%1, line %2, column %3: %4</source>
        <translation>%1, ligne %2, colonne %3&#xa0;: %4</translation>
    </message>
    <message>
        <source>%1: the API key (&quot;key&quot;) of the account &quot;%2&quot; cannot be used. %3</source>
        <translation>%1&#xa0;: la clé d’API («&#xa0;key&#xa0;») du compte «&#xa0;%2&#xa0;» ne peut pas être utilisée. %3</translation>
    </message>
    <message>
        <source>%1: the account &quot;%2&quot; cannot be imported. %3 To use this address anyway, add the account with Add Account, which asks you to confirm the host.</source>
        <translation>%1&#xa0;: le compte «&#xa0;%2&#xa0;» ne peut pas être importé. %3 Pour utiliser quand même cette adresse, ajoutez le compte avec «&#xa0;Ajouter un compte&#xa0;», qui vous demande de confirmer l’hôte.</translation>
    </message>
    <message>
        <source>%1, line %2, column %3: the file is not valid UTF-8 text (at byte offset %4).</source>
        <translation>%1, ligne %2, colonne %3&#xa0;: le fichier n’est pas un texte UTF-8 valide (à la position d’octet %4).</translation>
    </message>
    <message>
        <source>%1 holds characters of the private use range U+F0000-U+FFFFF, which Keyport does not read in an exo CLI configuration file.</source>
        <translation>%1 contient des caractères de la plage à usage privé U+F0000-U+FFFFF, que Keyport ne lit pas dans un fichier de configuration de la CLI exo.</translation>
    </message>
</context>
<context>
    <name>Keyport::ExpressionEdit</name>
    <message>
        <source>Sn&amp;ippets</source>
        <translation>E&amp;xtraits</translation>
    </message>
    <message>
        <source>Insert a common shape of expression at the cursor</source>
        <translation>Insérer une forme d’expression courante à l’emplacement du curseur</translation>
    </message>
    <message>
        <source>Snippets</source>
        <translation>Extraits</translation>
    </message>
    <message>
        <source>Type an expression, for example operation in [&apos;list-zones&apos;].</source>
        <translation>Saisissez une expression, par exemple operation in [&apos;list-zones&apos;].</translation>
    </message>
    <message>
        <source>Column %1: %2</source>
        <translation>Colonne %1&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>Keyport::ForgetSecretCommand</name>
    <message>
        <source>Forget Stored Secret</source>
        <translation>Oublier le secret enregistré</translation>
    </message>
    <message>
        <source>Delete the secret of %1 (%2) from %3?

The key stays valid at Exoscale; only the copy Keyport kept is deleted, and it cannot be recovered.</source>
        <translation>Supprimer le secret de %1 (%2) conservé dans %3&#xa0;?

La clé reste valide chez Exoscale&#xa0;; seule la copie conservée par Keyport est supprimée, et elle ne pourra pas être récupérée.</translation>
    </message>
    <message>
        <source>Forget Secret</source>
        <translation>Oublier le secret</translation>
    </message>
    <message>
        <source>Keyport no longer offers the secret of %1, but it is still in the system keychain: %2</source>
        <translation>Keyport ne propose plus le secret de %1, mais celui-ci se trouve encore dans le trousseau du système&#xa0;: %2</translation>
    </message>
    <message>
        <source>Forgot the stored secret of %1.</source>
        <translation>Secret enregistré de %1 oublié.</translation>
    </message>
</context>
<context>
    <name>Keyport::IamActions</name>
    <message>
        <source>New &amp;API Key…</source>
        <translation>Nouvelle clé d’&amp;API…</translation>
    </message>
    <message>
        <source>&amp;Delete API Keys…</source>
        <translation>&amp;Supprimer des clés d’API…</translation>
    </message>
    <message>
        <source>New &amp;Role…</source>
        <translation>Nouveau &amp;rôle…</translation>
    </message>
    <message>
        <source>&amp;Edit Role…</source>
        <translation>&amp;Modifier le rôle…</translation>
    </message>
    <message>
        <source>Use Role as &amp;Template…</source>
        <translation>Utiliser le rôle comme mo&amp;dèle…</translation>
    </message>
    <message>
        <source>De&amp;lete Role…</source>
        <translation>Su&amp;pprimer le rôle…</translation>
    </message>
    <message>
        <source>Edit &amp;Organization Policy…</source>
        <translation>Modifier la politique de l’&amp;organisation…</translation>
    </message>
    <message>
        <source>Re&amp;set Organization Policy…</source>
        <translation>Réin&amp;itialiser la politique de l’organisation…</translation>
    </message>
    <message>
        <source>Test &amp;Bench…</source>
        <translation>&amp;Banc d’essai…</translation>
    </message>
    <message>
        <source>&amp;IAM</source>
        <translation>&amp;IAM</translation>
    </message>
    <message>
        <source>A legacy access key cannot create IAM API keys: use an account that signs with an IAM API key.</source>
        <translation>Une ancienne clé d’accès ne peut pas créer de clés d’API IAM&#xa0;: utilisez un compte qui signe avec une clé d’API IAM.</translation>
    </message>
</context>
<context>
    <name>Keyport::IamClient</name>
    <message>
        <source>is not a role id (a UUID)</source>
        <translation>n’est pas un identifiant de rôle (un UUID)</translation>
    </message>
    <message>
        <source>The role &quot;%1&quot; cannot be changed: it was created as not editable.</source>
        <translation>Le rôle &quot;%1&quot; ne peut pas être modifié&#xa0;: il a été créé non modifiable.</translation>
    </message>
    <message>
        <source>The role was not changed, and nothing was sent:
%1</source>
        <translation>Le rôle n’a pas été modifié et rien n’a été envoyé&#xa0;:
%1</translation>
    </message>
    <message>
        <source>The role&apos;s policy was not changed, and nothing was sent:
%1</source>
        <translation>La politique du rôle n’a pas été modifiée et rien n’a été envoyé&#xa0;:
%1</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a role id (a UUID).</source>
        <translation>&quot;%1&quot; n’est pas un identifiant de rôle (un UUID).</translation>
    </message>
    <message>
        <source>The organization policy was not changed, and nothing was sent:
%1</source>
        <translation>La politique de l’organisation n’a pas été modifiée et rien n’a été envoyé&#xa0;:
%1</translation>
    </message>
</context>
<context>
    <name>Keyport::IamEditorDialog</name>
    <message>
        <source>&amp;Form</source>
        <translation>&amp;Formulaire</translation>
    </message>
    <message>
        <source>&amp;JSON</source>
        <translation>&amp;JSON</translation>
    </message>
    <message>
        <source>exo &amp;command line</source>
        <translation>&amp;ligne de commande exo</translation>
    </message>
    <message>
        <source>C&amp;opy</source>
        <translation>C&amp;opier</translation>
    </message>
    <message>
        <source>Copy the command line to the clipboard</source>
        <translation>Copier la ligne de commande dans le presse-papiers</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Enregistrement…</translation>
    </message>
    <message>
        <source>Line %1, column %2: %3</source>
        <translation>Ligne %1, colonne %2&#xa0;: %3</translation>
    </message>
    <message>
        <source>The body must be a JSON object.</source>
        <translation>Le corps doit être un objet JSON.</translation>
    </message>
</context>
<context>
    <name>Keyport::IamJson</name>
    <message>
        <source>the answer is not a JSON object</source>
        <translation>la réponse n’est pas un objet JSON</translation>
    </message>
    <message>
        <source>is not an object</source>
        <translation>n’est pas un objet</translation>
    </message>
    <message>
        <source>is not a string</source>
        <translation>n’est pas une chaîne</translation>
    </message>
    <message>
        <source>is missing</source>
        <translation>est absent</translation>
    </message>
    <message>
        <source>is empty</source>
        <translation>est vide</translation>
    </message>
    <message>
        <source>is not a list</source>
        <translation>n’est pas une liste</translation>
    </message>
    <message>
        <source>is not true or false</source>
        <translation>n’est ni true ni false</translation>
    </message>
    <message>
        <source>is not a whole number</source>
        <translation>n’est pas un nombre entier</translation>
    </message>
    <message>
        <source>invalid JSON at offset %1 (%2)</source>
        <translation>JSON non valide à la position %1 (%2)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date and time (RFC 3339)</source>
        <translation>&quot;%1&quot; n’est pas une date et heure (RFC 3339)</translation>
    </message>
    <message>
        <source>the new key&apos;s secret is missing from the answer</source>
        <translation>le secret de la nouvelle clé est absent de la réponse</translation>
    </message>
    <message>
        <source>the answer is not a list of events</source>
        <translation>la réponse n’est pas une liste d’événements</translation>
    </message>
    <message>
        <source>a role must be a JSON object</source>
        <translation>un rôle doit être un objet JSON</translation>
    </message>
    <message>
        <source>is missing: a role is never created without a policy</source>
        <translation>est absent&#xa0;: un rôle n’est jamais créé sans politique</translation>
    </message>
</context>
<context>
    <name>Keyport::IamLimits</name>
    <message>
        <source>must not be empty</source>
        <translation>ne doit pas être vide</translation>
    </message>
    <message numerus="yes">
        <source>has %1 characters; at most %n are allowed</source>
        <translation>
            <numerusform>compte %1 caractères&#xa0;; %n au plus est autorisé</numerusform>
            <numerusform>compte %1 caractères&#xa0;; %n au plus sont autorisés</numerusform>
        </translation>
    </message>
    <message>
        <source>is missing</source>
        <translation>est absent</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a role id (a UUID)</source>
        <translation>&quot;%1&quot; n’est pas un identifiant de rôle (un UUID)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a permission; the permissions are %2</source>
        <translation>&quot;%1&quot; n’est pas une permission&#xa0;; les permissions sont %2</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is listed twice</source>
        <translation>&quot;%1&quot; figure deux fois</translation>
    </message>
    <message>
        <source>must be a number of seconds greater than zero</source>
        <translation>doit être un nombre de secondes supérieur à zéro</translation>
    </message>
    <message>
        <source>a label needs a name</source>
        <translation>une étiquette doit avoir un nom</translation>
    </message>
</context>
<context>
    <name>Keyport::IamPolicy</name>
    <message>
        <source>a rule must be an object</source>
        <translation>une règle doit être un objet</translation>
    </message>
    <message>
        <source>must be &quot;allow&quot; or &quot;deny&quot;</source>
        <translation>doit valoir &quot;allow&quot; ou &quot;deny&quot;</translation>
    </message>
    <message>
        <source>is missing</source>
        <translation>est absent</translation>
    </message>
    <message>
        <source>must be a string</source>
        <translation>doit être une chaîne</translation>
    </message>
    <message>
        <source>must be a list of strings</source>
        <translation>doit être une liste de chaînes</translation>
    </message>
    <message>
        <source>a service entry must be an object</source>
        <translation>une entrée de service doit être un objet</translation>
    </message>
    <message>
        <source>must be &quot;allow&quot;, &quot;deny&quot; or &quot;rules&quot;</source>
        <translation>doit valoir &quot;allow&quot;, &quot;deny&quot; ou &quot;rules&quot;</translation>
    </message>
    <message>
        <source>must be a list of rules</source>
        <translation>doit être une liste de règles</translation>
    </message>
    <message>
        <source>has no effect unless the type is &quot;rules&quot;</source>
        <translation>n’a d’effet que si le type est &quot;rules&quot;</translation>
    </message>
    <message>
        <source>a policy must be a JSON object</source>
        <translation>une politique doit être un objet JSON</translation>
    </message>
    <message>
        <source>must be an object</source>
        <translation>doit être un objet</translation>
    </message>
    <message>
        <source>a service class needs a name</source>
        <translation>une classe de service doit avoir un nom</translation>
    </message>
</context>
<context>
    <name>Keyport::IamRoleCreateJob</name>
    <message>
        <source>The role was not created, and nothing was sent:
%1</source>
        <translation>Le rôle n’a pas été créé et rien n’a été envoyé&#xa0;:
%1</translation>
    </message>
    <message>
        <source>the operation that created the role does not name it (reference.id is &quot;%1&quot;)</source>
        <translation>l’opération qui a créé le rôle ne le désigne pas (reference.id vaut &quot;%1&quot;)</translation>
    </message>
</context>
<context>
    <name>Keyport::IamRoleJob</name>
    <message>
        <source>&quot;%1&quot; is not a role id (a UUID).</source>
        <translation>&quot;%1&quot; n’est pas un identifiant de rôle (un UUID).</translation>
    </message>
</context>
<context>
    <name>Keyport::ImportAccountsDialog</name>
    <message>
        <source>Import from exo CLI</source>
        <translation>Importer depuis la CLI exo</translation>
    </message>
    <message>
        <source>Accounts found in %1. Keyport copies the chosen ones; their secrets go to the system keychain.</source>
        <translation>Comptes trouvés dans %1. Keyport copie ceux que vous choisissez&#xa0;; leurs secrets sont placés dans le trousseau du système.</translation>
    </message>
    <message>
        <source>Accounts to import</source>
        <translation>Comptes à importer</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Compte</translation>
    </message>
    <message>
        <source>API key</source>
        <translation>Clé d’API</translation>
    </message>
    <message>
        <source>Zone or endpoint</source>
        <translation>Zone ou point de terminaison</translation>
    </message>
    <message>
        <source>Secret</source>
        <translation>Secret</translation>
    </message>
    <message>
        <source>in the file</source>
        <translation>dans le fichier</translation>
    </message>
    <message>
        <source>from the command: %1</source>
        <translation>via la commande&#xa0;: %1</translation>
    </message>
    <message>
        <source>missing</source>
        <translation>manquant</translation>
    </message>
    <message>
        <source>%1 (default)</source>
        <translation>%1 (par défaut)</translation>
    </message>
    <message>
        <source>Keyport already has an account of this name.</source>
        <translation>Keyport possède déjà un compte portant ce nom.</translation>
    </message>
    <message>
        <source>&amp;Run the secret commands shown above to read those secrets</source>
        <translation>&amp;Exécuter les commandes de secret indiquées ci-dessus pour lire ces secrets</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importer</translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation>Importation…</translation>
    </message>
</context>
<context>
    <name>Keyport::ImportAccountsFlow</name>
    <message>
        <source>Import from exo CLI</source>
        <translation>Importer depuis la CLI exo</translation>
    </message>
    <message>
        <source>No exo CLI configuration was found. Keyport looked for:
%1</source>
        <translation>Aucune configuration de la CLI exo n’a été trouvée. Keyport a cherché&#xa0;:
%1</translation>
    </message>
    <message>
        <source>Choose File…</source>
        <translation>Choisir un fichier…</translation>
    </message>
    <message>
        <source>Choose the exo CLI configuration</source>
        <translation>Choisir la configuration de la CLI exo</translation>
    </message>
    <message>
        <source>TOML files (*.toml);;All files (*)</source>
        <translation>Fichiers TOML (*.toml);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>%1: not imported: %2</source>
        <translation>%1&#xa0;: non importé&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1: imported.</source>
        <translation>%1&#xa0;: importé.</translation>
    </message>
    <message>
        <source>%1: not imported: the file holds no secret for it.</source>
        <translation>%1&#xa0;: non importé&#xa0;: le fichier ne contient pas son secret.</translation>
    </message>
    <message>
        <source>%1: not imported: its secret comes from a command, and running it was not allowed.</source>
        <translation>%1&#xa0;: non importé&#xa0;: son secret provient d’une commande, et l’exécution de celle-ci n’a pas été autorisée.</translation>
    </message>
</context>
<context>
    <name>Keyport::KeyDetailsPane</name>
    <message>
        <source>Select a key to see its details.</source>
        <translation>Sélectionnez une clé pour en afficher les détails.</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Nom&#xa0;:</translation>
    </message>
    <message>
        <source>Copy the key ID</source>
        <translation>Copier l’identifiant de la clé</translation>
    </message>
    <message>
        <source>Key ID:</source>
        <translation>Identifiant de la clé&#xa0;:</translation>
    </message>
    <message>
        <source>Type:</source>
        <translation>Type&#xa0;:</translation>
    </message>
    <message>
        <source>Version:</source>
        <translation>Version&#xa0;:</translation>
    </message>
    <message>
        <source>Tags:</source>
        <translation>Étiquettes&#xa0;:</translation>
    </message>
    <message>
        <source>Secret:</source>
        <translation>Secret&#xa0;:</translation>
    </message>
    <message>
        <source>Resources:</source>
        <translation>Ressources&#xa0;:</translation>
    </message>
    <message>
        <source>Operations</source>
        <translation>Opérations</translation>
    </message>
    <message>
        <source>Operations:</source>
        <translation>Opérations&#xa0;:</translation>
    </message>
    <message>
        <source>not given</source>
        <translation>non indiquée</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucune</translation>
    </message>
    <message>
        <source>Not held by Keyport</source>
        <translation>Non conservé par Keyport</translation>
    </message>
    <message>
        <source>Held by Keyport in %1</source>
        <translation>Conservé par Keyport dans %1</translation>
    </message>
    <message>
        <source>any</source>
        <translation>toutes</translation>
    </message>
    <message>
        <source>Every operation the signing key may use</source>
        <translation>Toutes les opérations que la clé de signature peut utiliser</translation>
    </message>
    <message numerus="yes">
        <source>Tag %1: %n operation(s)</source>
        <translation>
            <numerusform>Étiquette %1&#xa0;: %n opération</numerusform>
            <numerusform>Étiquette %1&#xa0;: %n opérations</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Picked alone: %n operation(s)</source>
        <translation>
            <numerusform>Choisie individuellement&#xa0;: %n opération</numerusform>
            <numerusform>Choisies individuellement&#xa0;: %n opérations</numerusform>
        </translation>
    </message>
    <message>
        <source>No operation restriction</source>
        <translation>Aucune restriction d’opération</translation>
    </message>
    <message>
        <source>Copy ID</source>
        <translation>Copier l’ID</translation>
    </message>
    <message>
        <source>This account signs its requests with this key.</source>
        <translation>Ce compte signe ses requêtes avec cette clé.</translation>
    </message>
    <message>
        <source>Resources: %1; matching the search: %2</source>
        <translation>Ressources&#xa0;: %1&#xa0;; correspondant à la recherche&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1 (matches the search)</source>
        <translation>%1 (correspond à la recherche)</translation>
    </message>
    <message>
        <source>Operation %1 (matches the search)</source>
        <translation>Opération %1 (correspond à la recherche)</translation>
    </message>
    <message>
        <source>Tag %1 (matches the search)</source>
        <translation>Étiquette %1 (correspond à la recherche)</translation>
    </message>
</context>
<context>
    <name>Keyport::KeyDraft</name>
    <message>
        <source>The key needs a name.</source>
        <translation>La clé doit avoir un nom.</translation>
    </message>
    <message numerus="yes">
        <source>A key name has at most %n characters.</source>
        <translation>
            <numerusform>Un nom de clé ne peut pas dépasser %n caractère.</numerusform>
            <numerusform>Un nom de clé ne peut pas dépasser %n caractères.</numerusform>
        </translation>
    </message>
    <message>
        <source>A key name cannot contain control characters.</source>
        <translation>Un nom de clé ne peut pas contenir de caractères de contrôle.</translation>
    </message>
    <message>
        <source>A key name cannot start or end with a space.</source>
        <translation>Un nom de clé ne peut ni commencer ni se terminer par un espace.</translation>
    </message>
    <message>
        <source>A restricted key needs at least one operation, tag or resource; without any it would be unrestricted.</source>
        <translation>Une clé restreinte nécessite au moins une opération, une étiquette ou une ressource&#xa0;; sans aucune, elle serait non restreinte.</translation>
    </message>
    <message>
        <source>There is no operation tag &quot;%1&quot;.</source>
        <translation>Il n’existe aucune étiquette d’opération «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>There is no operation &quot;%1&quot;.</source>
        <translation>Il n’existe aucune opération «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>The resource %1 is listed twice.</source>
        <translation>La ressource %1 figure deux fois dans la liste.</translation>
    </message>
    <message>
        <source>Name: %1 → %2</source>
        <translation>Nom&#xa0;: %1 → %2</translation>
    </message>
    <message>
        <source>Restricted instead of unrestricted</source>
        <translation>Restreinte au lieu de non restreinte</translation>
    </message>
    <message>
        <source>Unrestricted instead of restricted</source>
        <translation>Non restreinte au lieu de restreinte</translation>
    </message>
    <message>
        <source>+ tag %1</source>
        <translation>+ étiquette %1</translation>
    </message>
    <message>
        <source>− tag %1</source>
        <translation>− étiquette %1</translation>
    </message>
    <message>
        <source>+ operation %1</source>
        <translation>+ opération %1</translation>
    </message>
    <message>
        <source>− operation %1</source>
        <translation>− opération %1</translation>
    </message>
    <message>
        <source>+ resource %1</source>
        <translation>+ ressource %1</translation>
    </message>
    <message>
        <source>− resource %1</source>
        <translation>− ressource %1</translation>
    </message>
</context>
<context>
    <name>Keyport::KeyValueEditor</name>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valeur</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Ajouter</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Supprimer</translation>
    </message>
</context>
<context>
    <name>Keyport::KeyWizard</name>
    <message>
        <source>Create Key</source>
        <translation>Créer une clé</translation>
    </message>
    <message>
        <source>Create Key Based on %1</source>
        <translation>Créer une clé à partir de %1</translation>
    </message>
    <message>
        <source>Exoscale is creating the key. Wait for its answer: it carries the key&apos;s secret.</source>
        <translation>Exoscale est en train de créer la clé. Attendez sa réponse&#xa0;: elle contient le secret de la clé.</translation>
    </message>
    <message>
        <source>Close Without Storing the Secret?</source>
        <translation>Fermer sans enregistrer le secret&#xa0;?</translation>
    </message>
    <message>
        <source>The secret of the new key is not saved anywhere. Once this window is closed, nobody can see it again, and the key will need to be revoked and created anew.</source>
        <translation>Le secret de la nouvelle clé n’est enregistré nulle part. Une fois cette fenêtre fermée, personne ne pourra plus le voir, et il faudra révoquer la clé puis la créer de nouveau.</translation>
    </message>
    <message>
        <source>Close and Lose the Secret</source>
        <translation>Fermer et perdre le secret</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Quitter</translation>
    </message>
    <message>
        <source>Account %1 · %2</source>
        <translation>Compte %1 · %2</translation>
    </message>
    <message>
        <source>Account %1</source>
        <translation>Compte %1</translation>
    </message>
</context>
<context>
    <name>Keyport::KeychainError</name>
    <message>
        <source>The system keychain holds no such secret.</source>
        <translation>Le trousseau du système ne contient pas ce secret.</translation>
    </message>
    <message>
        <source>The keychain is locked, or unlocking it was declined.</source>
        <translation>Le trousseau est verrouillé, ou son déverrouillage a été refusé.</translation>
    </message>
    <message>
        <source>The system keychain could not complete the request.</source>
        <translation>Le trousseau du système n’a pas pu traiter la demande.</translation>
    </message>
    <message>
        <source>No system keychain (Secret Service) is available, so Keyport cannot store secrets beyond this session.</source>
        <translation>Aucun trousseau du système (Secret Service) n’est disponible&#xa0;; Keyport ne peut donc pas conserver de secrets au-delà de cette session.</translation>
    </message>
    <message>
        <source>The system keychain (Secret Service) did not answer in time.</source>
        <translation>Le trousseau du système (Secret Service) n’a pas répondu à temps.</translation>
    </message>
</context>
<context>
    <name>Keyport::KeychainSecretStore</name>
    <message>
        <source>the system keychain</source>
        <translation>le trousseau du système</translation>
    </message>
</context>
<context>
    <name>Keyport::LockoutAnalysis</name>
    <message>
        <source>rule %1 of %2 in the organization policy, which depends on the request</source>
        <translation>la règle %1 de %2 dans la politique de l’organisation, qui dépend de la requête</translation>
    </message>
    <message>
        <source>rule %1 of %2 in the policy of role %3, which depends on the request</source>
        <translation>la règle %1 de %2 dans la politique du rôle %3, qui dépend de la requête</translation>
    </message>
    <message>
        <source>rule %1 of %2 in the organization policy</source>
        <translation>la règle %1 de %2 dans la politique de l’organisation</translation>
    </message>
    <message>
        <source>rule %1 of %2 in the policy of role %3</source>
        <translation>la règle %1 de %2 dans la politique du rôle %3</translation>
    </message>
    <message>
        <source>no rule matched in %1 in the organization policy</source>
        <translation>aucune règle correspondante dans %1 dans la politique de l’organisation</translation>
    </message>
    <message>
        <source>no rule matched in %1 in the policy of role %2</source>
        <translation>aucune règle correspondante dans %1 dans la politique du rôle %2</translation>
    </message>
    <message>
        <source>%1 denied in the organization policy</source>
        <translation>%1 refusé dans la politique de l’organisation</translation>
    </message>
    <message>
        <source>%1 denied in the policy of role %2</source>
        <translation>%1 refusé dans la politique du rôle %2</translation>
    </message>
    <message>
        <source>the default strategy deny of the organization policy</source>
        <translation>la stratégie par défaut deny de la politique de l’organisation</translation>
    </message>
    <message>
        <source>the default strategy deny of the policy of role %1</source>
        <translation>la stratégie par défaut deny de la politique du rôle %1</translation>
    </message>
    <message>
        <source>every %1 operation</source>
        <translation>toutes les opérations %1</translation>
    </message>
    <message>
        <source>Loses %1, because of %2.</source>
        <translation>Perd %1, à cause de %2.</translation>
    </message>
    <message>
        <source>May lose %1, because of %2.</source>
        <translation>Peut perdre %1, à cause de %2.</translation>
    </message>
    <message>
        <source>The signing key of this account, %1 (%2), role %3: the key Keyport signs with</source>
        <translation>La clé de signature de ce compte, %1 (%2), rôle %3&#xa0;: la clé avec laquelle Keyport signe</translation>
    </message>
    <message>
        <source>The API key %1 (%2), role %3</source>
        <translation>La clé d’API %1 (%2), rôle %3</translation>
    </message>
    <message>
        <source>The person %1, role %2</source>
        <translation>La personne %1, rôle %2</translation>
    </message>
    <message numerus="yes">
        <source>%n operation(s) of %1</source>
        <translation>
            <numerusform>%n opération de %1</numerusform>
            <numerusform>%n opérations de %1</numerusform>
        </translation>
    </message>
    <message>
        <source>possibly %1</source>
        <translation>peut-être %1</translation>
    </message>
    <message>
        <source>The role %1 is not among the roles listed, so what its API keys and people could call before is not known; Keyport judges as if it allowed everything, so that no loss goes unreported.</source>
        <translation>Le rôle %1 ne figure pas parmi les rôles listés&#xa0;; ce que ses clés d’API et ses personnes pouvaient appeler auparavant n’est donc pas connu. Keyport juge comme s’il autorisait tout, afin qu’aucune perte ne passe inaperçue.</translation>
    </message>
    <message>
        <source>the deletion of role %1</source>
        <translation>la suppression du rôle %1</translation>
    </message>
    <message>
        <source>The key this account signs with is not known: its own access cannot be judged.</source>
        <translation>La clé avec laquelle ce compte signe n’est pas connue&#xa0;: son propre accès ne peut pas être évalué.</translation>
    </message>
    <message>
        <source>The signing key of this account (%1) is not among the API keys (a legacy key, or one not listed): its own access cannot be judged.</source>
        <translation>La clé de signature de ce compte (%1) ne figure pas parmi les clés d’API (une ancienne clé, ou une clé non listée)&#xa0;: son propre accès ne peut pas être évalué.</translation>
    </message>
    <message>
        <source>The role of the API key %1 (%2) is not known: its access cannot be judged.</source>
        <translation>Le rôle de la clé d’API %1 (%2) n’est pas connu&#xa0;: son accès ne peut pas être évalué.</translation>
    </message>
    <message>
        <source>The role of the person %1 is not known: their access cannot be judged.</source>
        <translation>Le rôle de la personne %1 n’est pas connu&#xa0;: son accès ne peut pas être évalué.</translation>
    </message>
    <message>
        <source>Exoscale refuses to delete a role that API keys or people are bound to: bind them to another role, or delete those API keys, first.</source>
        <translation>Exoscale refuse de supprimer un rôle auquel des clés d’API ou des personnes sont liées&#xa0;: liez-les d’abord à un autre rôle, ou supprimez d’abord ces clés d’API.</translation>
    </message>
    <message>
        <source>No API key and no person is bound to this role: nobody loses anything.</source>
        <translation>Aucune clé d’API et aucune personne n’est liée à ce rôle&#xa0;: personne ne perd rien.</translation>
    </message>
    <message>
        <source>Nobody loses anything: every API key and every person keeps every operation they could call.</source>
        <translation>Personne ne perd rien&#xa0;: chaque clé d’API et chaque personne conserve toutes les opérations qu’elle pouvait appeler.</translation>
    </message>
    <message>
        <source>Nobody loses anything: every API key and every person bound to this role keeps every operation they could call.</source>
        <translation>Personne ne perd rien&#xa0;: chaque clé d’API et chaque personne liée à ce rôle conserve toutes les opérations qu’elle pouvait appeler.</translation>
    </message>
    <message>
        <source>The signing key of this account can still list and update IAM.</source>
        <translation>La clé de signature de ce compte peut toujours lister et mettre à jour IAM.</translation>
    </message>
    <message>
        <source>The signing key of this account loses nothing: it can still list and update IAM.</source>
        <translation>La clé de signature de ce compte ne perd rien&#xa0;: elle peut toujours lister et mettre à jour IAM.</translation>
    </message>
    <message>
        <source>The signing key of this account, %1 (%2), the key Keyport signs with, loses %3.</source>
        <translation>La clé de signature de ce compte, %1 (%2), la clé avec laquelle Keyport signe, perd %3.</translation>
    </message>
    <message>
        <source>Keyport could then no longer call %1 with it: it may no longer be able to manage IAM, nor to undo this change.</source>
        <translation>Keyport ne pourrait alors plus appeler %1 avec elle&#xa0;: il pourrait ne plus être en mesure de gérer IAM, ni d’annuler cette modification.</translation>
    </message>
    <message numerus="yes">
        <source>%n API key(s)</source>
        <translation>
            <numerusform>%n clé d’API</numerusform>
            <numerusform>%n clés d’API</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n person(s)</source>
        <translation>
            <numerusform>%n personne</numerusform>
            <numerusform>%n personnes</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 and %2 lose %3.</source>
        <translation>%1 et %2 perdent %3.</translation>
    </message>
    <message>
        <source>%1 and %2 bound to this role lose %3.</source>
        <translation>%1 et %2 liées à ce rôle perdent %3.</translation>
    </message>
    <message numerus="yes">
        <source>%n API key(s) lose(s) %1.</source>
        <translation>
            <numerusform>%n clé d’API perd %1.</numerusform>
            <numerusform>%n clés d’API perdent %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n API key(s) bound to this role lose(s) %1.</source>
        <translation>
            <numerusform>%n clé d’API liée à ce rôle perd %1.</numerusform>
            <numerusform>%n clés d’API liées à ce rôle perdent %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n person(s) lose(s) %1.</source>
        <translation>
            <numerusform>%n personne perd %1.</numerusform>
            <numerusform>%n personnes perdent %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n person(s) bound to this role lose(s) %1.</source>
        <translation>
            <numerusform>%n personne liée à ce rôle perd %1.</numerusform>
            <numerusform>%n personnes liées à ce rôle perdent %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n more API key(s) or person(s) lose other operations: see the details.</source>
        <translation>
            <numerusform>%n autre clé d’API ou personne perd d’autres opérations&#xa0;: voir les détails.</numerusform>
            <numerusform>%n autres clés d’API ou personnes perdent d’autres opérations&#xa0;: voir les détails.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Keyport::LockoutGuardDialog</name>
    <message>
        <source>organization policy</source>
        <translation>politique de l’organisation</translation>
    </message>
    <message>
        <source>Save the Policy of Role %1</source>
        <translation>Enregistrer la politique du rôle %1</translation>
    </message>
    <message>
        <source>Saving this policy changes what the API keys and people bound to role %1 may call.</source>
        <translation>L’enregistrement de cette politique modifie ce que les clés d’API et les personnes liées au rôle %1 peuvent appeler.</translation>
    </message>
    <message>
        <source>Delete Role %1</source>
        <translation>Supprimer le rôle %1</translation>
    </message>
    <message>
        <source>Deleting role %1 takes every operation away from the API keys and people bound to it.</source>
        <translation>La suppression du rôle %1 retire toutes les opérations aux clés d’API et aux personnes qui y sont liées.</translation>
    </message>
    <message>
        <source>Save the Organization Policy</source>
        <translation>Enregistrer la politique de l’organisation</translation>
    </message>
    <message>
        <source>The organization policy judges every request of every API key and every person before their role&apos;s policy does.</source>
        <translation>La politique de l’organisation juge chaque requête de chaque clé d’API et de chaque personne avant la politique de leur rôle.</translation>
    </message>
    <message>
        <source>Reset the Organization Policy</source>
        <translation>Réinitialiser la politique de l’organisation</translation>
    </message>
    <message>
        <source>Resetting the organization policy allows every service class: afterwards only the roles&apos; own policies restrict what API keys and people may call.</source>
        <translation>La réinitialisation de la politique de l’organisation autorise toutes les classes de service&#xa0;: ensuite, seules les politiques propres aux rôles restreignent ce que les clés d’API et les personnes peuvent appeler.</translation>
    </message>
    <message>
        <source>&amp;Who loses what</source>
        <translation>&amp;Qui perd quoi</translation>
    </message>
    <message>
        <source>Who and what</source>
        <translation>Qui et quoi</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Pourquoi</translation>
    </message>
    <message>
        <source>&amp;Type %1 to go ahead:</source>
        <translation>&amp;Saisissez %1 pour continuer&#xa0;:</translation>
    </message>
    <message>
        <source>Can no longer call %1, which Keyport needs to manage IAM and to undo this change.</source>
        <translation>Ne peut plus appeler %1, dont Keyport a besoin pour gérer IAM et pour annuler cette modification.</translation>
    </message>
    <message>
        <source>Loses %1</source>
        <translation>Perd %1</translation>
    </message>
    <message>
        <source>May lose %1</source>
        <translation>Peut perdre %1</translation>
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
        <translation>Le presse-papiers a été vidé.</translation>
    </message>
    <message>
        <source>&amp;Add Account…</source>
        <translation>A&amp;jouter un compte…</translation>
    </message>
    <message>
        <source>&amp;Import from exo CLI…</source>
        <translation>&amp;Importer depuis la CLI exo…</translation>
    </message>
    <message>
        <source>&amp;Remove Account…</source>
        <translation>Re&amp;tirer le compte…</translation>
    </message>
    <message>
        <source>&amp;New Key…</source>
        <translation>&amp;Nouvelle clé…</translation>
    </message>
    <message>
        <source>Use as &amp;Template…</source>
        <translation>Utiliser comme mo&amp;dèle…</translation>
    </message>
    <message>
        <source>Re&amp;voke…</source>
        <translation>Ré&amp;voquer…</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>Act&amp;ualiser</translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation>&amp;Rechercher…</translation>
    </message>
    <message>
        <source>&amp;Copy Key ID</source>
        <translation>Co&amp;pier l’identifiant de la clé</translation>
    </message>
    <message>
        <source>Copy Stored &amp;Secret</source>
        <translation>Copier le &amp;secret enregistré</translation>
    </message>
    <message>
        <source>&amp;Forget Stored Secret…</source>
        <translation>&amp;Oublier le secret enregistré…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>&amp;Key</source>
        <translation>&amp;Clé</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Affichage</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>Principale</translation>
    </message>
    <message>
        <source>&amp;Edit Account…</source>
        <translation>&amp;Modifier le compte…</translation>
    </message>
    <message>
        <source>&amp;Test Account</source>
        <translation>T&amp;ester le compte</translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>&amp;Raccourcis clavier</translation>
    </message>
    <message>
        <source>&amp;About Keyport</source>
        <translation>À &amp;propos de Keyport</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Ai&amp;de</translation>
    </message>
</context>
<context>
    <name>Keyport::MatchReason</name>
    <message>
        <source>name %1</source>
        <translation>nom %1</translation>
    </message>
    <message>
        <source>key ID %1</source>
        <translation>identifiant de clé %1</translation>
    </message>
    <message>
        <source>tag %1</source>
        <translation>étiquette %1</translation>
    </message>
    <message>
        <source>operation %1</source>
        <translation>opération %1</translation>
    </message>
    <message>
        <source>operation %1 (tag %2)</source>
        <translation>opération %1 (étiquette %2)</translation>
    </message>
    <message>
        <source>resource %1</source>
        <translation>ressource %1</translation>
    </message>
    <message>
        <source>unrestricted: may call every operation</source>
        <translation>non restreinte&#xa0;: peut appeler toutes les opérations</translation>
    </message>
    <message>
        <source>not restricted by resource: may reach %1</source>
        <translation>non restreinte par ressource&#xa0;: peut atteindre %1</translation>
    </message>
    <message>
        <source>Matches &quot;%1&quot;: %2</source>
        <translation>Correspond à «&#xa0;%1&#xa0;»&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>Keyport::NamePage</name>
    <message>
        <source>&amp;Restricted: only the operations, tags and resources chosen next</source>
        <translation>&amp;Restreinte&#xa0;: uniquement les opérations, étiquettes et ressources choisies ensuite</translation>
    </message>
    <message>
        <source>&amp;Unrestricted</source>
        <translation>&amp;Non restreinte</translation>
    </message>
    <message>
        <source>Name and Kind</source>
        <translation>Nom et type</translation>
    </message>
    <message>
        <source>Name the key after the program that will use it.</source>
        <translation>Nommez la clé d’après le programme qui l’utilisera.</translation>
    </message>
    <message>
        <source>An unrestricted key gets every right of the key this account signs with, including creating and revoking other keys. Prefer a restricted key for programs.</source>
        <translation>Une clé non restreinte obtient tous les droits de la clé avec laquelle ce compte signe, y compris la création et la révocation d’autres clés. Préférez une clé restreinte pour les programmes.</translation>
    </message>
    <message>
        <source>Na&amp;me:</source>
        <translation>No&amp;m&#xa0;:</translation>
    </message>
</context>
<context>
    <name>Keyport::OperationsPage</name>
    <message>
        <source>Add &amp;get-operation</source>
        <translation>Ajouter &amp;get-operation</translation>
    </message>
    <message>
        <source>Operations and Tags</source>
        <translation>Opérations et étiquettes</translation>
    </message>
    <message>
        <source>Tick a tag to grant all its operations, or single operations.</source>
        <translation>Cochez une étiquette pour accorder toutes ses opérations, ou cochez des opérations individuelles.</translation>
    </message>
    <message>
        <source>Search operations and tags</source>
        <translation>Rechercher des opérations et des étiquettes</translation>
    </message>
    <message>
        <source>Operations and tags</source>
        <translation>Opérations et étiquettes</translation>
    </message>
    <message>
        <source>Some chosen operations start jobs that run on after the answer; a program can only follow them with get-operation.</source>
        <translation>Certaines opérations choisies lancent des tâches qui se poursuivent après la réponse&#xa0;; un programme ne peut les suivre qu’avec get-operation.</translation>
    </message>
    <message>
        <source>The operation catalog could not be loaded. Refresh the account, then try again.</source>
        <translation>Le catalogue des opérations n’a pas pu être chargé. Actualisez le compte, puis réessayez.</translation>
    </message>
    <message>
        <source>The signing key may not list its own operations, so every operation is offered; Exoscale refuses any it may not grant.</source>
        <translation>La clé de signature n’est pas autorisée à lister ses propres opérations&#xa0;; toutes les opérations sont donc proposées, et Exoscale refuse celles qu’elle ne peut pas accorder.</translation>
    </message>
    <message>
        <source>&amp;Remove What This Key Cannot Grant</source>
        <translation>&amp;Retirer ce que cette clé ne peut pas accorder</translation>
    </message>
    <message>
        <source>Remove What This Key Cannot Grant</source>
        <translation>Retirer ce que cette clé ne peut pas accorder</translation>
    </message>
    <message>
        <source>The signing key cannot grant %1, so Exoscale would refuse this key. Untick them one by one, or remove them all, to go on.</source>
        <translation>La clé de signature ne peut pas accorder %1&#xa0;; Exoscale refuserait donc cette clé. Décochez-les un par un, ou retirez-les tous, pour continuer.</translation>
    </message>
</context>
<context>
    <name>Keyport::OrganizationPolicyDialog</name>
    <message>
        <source>Edit Organization Policy</source>
        <translation>Modifier la politique de l’organisation</translation>
    </message>
    <message>
        <source>The organization policy judges every request of every API key and every user before their role does: a request passes only if both allow it.</source>
        <translation>La politique de l’organisation juge chaque requête de chaque clé d’API et de chaque personne avant leur rôle&#xa0;: une requête ne passe que si les deux l’autorisent.</translation>
    </message>
    <message>
        <source>&amp;Body sent to update the organization policy</source>
        <translation>&amp;Corps envoyé pour mettre à jour la politique de l’organisation</translation>
    </message>
    <message>
        <source>Save Policy</source>
        <translation>Enregistrer la politique</translation>
    </message>
    <message>
        <source>The body is not a policy.</source>
        <translation>Le corps n’est pas une politique.</translation>
    </message>
    <message>
        <source>The JSON is not valid: %1</source>
        <translation>Le JSON n’est pas valide&#xa0;: %1</translation>
    </message>
    <message>
        <source>The policy cannot be saved: %1</source>
        <translation>La politique ne peut pas être enregistrée&#xa0;: %1</translation>
    </message>
    <message>
        <source>Nothing has changed yet.</source>
        <translation>Rien n’a encore changé.</translation>
    </message>
</context>
<context>
    <name>Keyport::OrganizationPolicyPage</name>
    <message>
        <source>The organization policy judges every request of every API key, before the key&apos;s role policy does; both must allow it.</source>
        <translation>La politique de l’organisation juge chaque requête de chaque clé d’API avant la politique du rôle de la clé&#xa0;; les deux doivent l’autoriser.</translation>
    </message>
    <message>
        <source>The organization policy could not be read: %1</source>
        <translation>La politique de l’organisation n’a pas pu être lue&#xa0;: %1</translation>
    </message>
    <message>
        <source>Loading the organization policy…</source>
        <translation>Chargement de la politique de l’organisation…</translation>
    </message>
    <message>
        <source>The organization policy is not known.</source>
        <translation>La politique de l’organisation n’est pas connue.</translation>
    </message>
</context>
<context>
    <name>Keyport::PolicyDescriber</name>
    <message>
        <source>%1 and %2</source>
        <comment>list: &apos;a, b and c&apos;</comment>
        <translation>%1 et %2</translation>
    </message>
    <message>
        <source>, </source>
        <comment>list separator</comment>
        <translation>, </translation>
    </message>
    <message>
        <source>%1 or %2</source>
        <comment>list: &apos;a, b or c&apos;</comment>
        <translation>%1 ou %2</translation>
    </message>
    <message>
        <source>Every service the policy does not name is allowed.</source>
        <translation>Tout service que la politique ne nomme pas est autorisé.</translation>
    </message>
    <message>
        <source>Every service the policy does not name is denied.</source>
        <translation>Tout service que la politique ne nomme pas est refusé.</translation>
    </message>
    <message>
        <source>A request that no rule matches is denied, whatever the default strategy.</source>
        <translation>Une requête à laquelle aucune règle ne correspond est refusée, quelle que soit la stratégie par défaut.</translation>
    </message>
    <message>
        <source>column %1: %2</source>
        <translation>colonne %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>never (the expression does not parse, so the rule is skipped)</source>
        <translation>jamais (l’expression ne peut pas être analysée, la règle est donc ignorée)</translation>
    </message>
    <message>
        <source>Rule %1 is skipped: its expression does not parse (%2).</source>
        <translation>La règle %1 est ignorée&#xa0;: son expression ne peut pas être analysée (%2).</translation>
    </message>
    <message>
        <source>when %1</source>
        <translation>quand %1</translation>
    </message>
    <message>
        <source>always</source>
        <translation>toujours</translation>
    </message>
    <message>
        <source>never</source>
        <translation>jamais</translation>
    </message>
    <message>
        <source>every operation</source>
        <translation>toutes les opérations</translation>
    </message>
    <message>
        <source>the operations starting with %1</source>
        <translation>les opérations commençant par %1</translation>
    </message>
    <message>
        <source>every operation but %1</source>
        <translation>toutes les opérations sauf %1</translation>
    </message>
    <message>
        <source>on bucket %1</source>
        <translation>sur le bucket %1</translation>
    </message>
    <message>
        <source>on any bucket but %1</source>
        <translation>sur tout bucket sauf %1</translation>
    </message>
    <message>
        <source>on the buckets whose name starts with %1</source>
        <translation>sur les buckets dont le nom commence par %1</translation>
    </message>
    <message>
        <source>parameter %1</source>
        <translation>paramètre %1</translation>
    </message>
    <message>
        <source>resource %1</source>
        <translation>ressource %1</translation>
    </message>
    <message>
        <source>where %1 is %2</source>
        <translation>où %1 vaut %2</translation>
    </message>
    <message>
        <source>where %1 is not %2</source>
        <translation>où %1 ne vaut pas %2</translation>
    </message>
    <message>
        <source>where %1 starts with %2</source>
        <translation>où %1 commence par %2</translation>
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
        <translation>Autoriser %1.</translation>
    </message>
    <message>
        <source>Deny %1.</source>
        <translation>Refuser %1.</translation>
    </message>
    <message numerus="yes">
        <source>%1 belongs to another service class: this rule never sees it.</source>
        <translation>
            <numerusform>%1 appartient à une autre classe de service&#xa0;: cette règle ne la voit jamais.</numerusform>
            <numerusform>%1 appartiennent à une autre classe de service&#xa0;: cette règle ne les voit jamais.</numerusform>
        </translation>
    </message>
    <message>
        <source>Every %1 operation is allowed.</source>
        <translation>Toutes les opérations %1 sont autorisées.</translation>
    </message>
    <message>
        <source>Every %1 operation is denied.</source>
        <translation>Toutes les opérations %1 sont refusées.</translation>
    </message>
    <message>
        <source>%1. %2</source>
        <translation>%1. %2</translation>
    </message>
    <message>
        <source>No rule: every %1 operation is denied.</source>
        <translation>Aucune règle&#xa0;: toutes les opérations %1 sont refusées.</translation>
    </message>
    <message>
        <source>every %1 operation</source>
        <translation>toutes les opérations %1</translation>
    </message>
    <message>
        <source>%1: denied</source>
        <translation>%1&#xa0;: refusé</translation>
    </message>
    <message>
        <source>%1: depends on rules</source>
        <translation>%1&#xa0;: dépend des règles</translation>
    </message>
    <message>
        <source>%1: everything but %2</source>
        <translation>%1&#xa0;: tout sauf %2</translation>
    </message>
    <message>
        <source>; </source>
        <comment>between rules</comment>
        <translation>&#xa0;; </translation>
    </message>
    <message>
        <source>%1: only %2</source>
        <translation>%1&#xa0;: seulement %2</translation>
    </message>
    <message>
        <source>; or </source>
        <comment>between rules</comment>
        <translation>&#xa0;; ou </translation>
    </message>
    <message numerus="yes">
        <source>%1 (rule %2 is skipped: it does not parse)</source>
        <translation>
            <numerusform>%1 (la règle %2 est ignorée&#xa0;: elle ne peut pas être analysée)</numerusform>
            <numerusform>%1 (les règles %2 sont ignorées&#xa0;: elles ne peuvent pas être analysées)</numerusform>
        </translation>
    </message>
    <message>
        <source>May use every operation of every service.</source>
        <translation>Peut utiliser toutes les opérations de tous les services.</translation>
    </message>
    <message>
        <source>May use nothing: every service is denied.</source>
        <translation>Ne peut rien utiliser&#xa0;: tous les services sont refusés.</translation>
    </message>
    <message numerus="yes">
        <source>no %1 operation</source>
        <translation>
            <numerusform>aucune opération %1</numerusform>
            <numerusform>aucune opération %1</numerusform>
        </translation>
    </message>
    <message>
        <source>may use every %1 operation</source>
        <translation>peut utiliser toutes les opérations %1</translation>
    </message>
    <message>
        <source>everything else is allowed</source>
        <translation>tout le reste est autorisé</translation>
    </message>
    <message>
        <source>everything else is denied</source>
        <translation>tout le reste est refusé</translation>
    </message>
    <message>
        <source>; </source>
        <comment>between the parts of a policy</comment>
        <translation>&#xa0;; </translation>
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
        <translation>Autorisé par la politique du rôle&#xa0;: la règle %1 de %2 correspond.</translation>
    </message>
    <message>
        <source>Allowed by the role policy: it allows service %1.</source>
        <translation>Autorisé par la politique du rôle&#xa0;: elle autorise le service %1.</translation>
    </message>
    <message>
        <source>Allowed by the role policy: the operation&apos;s service class is unknown and the default strategy allows.</source>
        <translation>Autorisé par la politique du rôle&#xa0;: la classe de service de l’opération est inconnue et la stratégie par défaut autorise.</translation>
    </message>
    <message>
        <source>Allowed by the role policy: it does not name service %1 and its default strategy allows.</source>
        <translation>Autorisé par la politique du rôle&#xa0;: elle ne nomme pas le service %1 et sa stratégie par défaut autorise.</translation>
    </message>
    <message>
        <source>Denied by the organization policy: rule %1 of %2 matched.</source>
        <translation>Refusé par la politique de l’organisation&#xa0;: la règle %1 de %2 correspond.</translation>
    </message>
    <message>
        <source>Denied by the role policy: rule %1 of %2 matched.</source>
        <translation>Refusé par la politique du rôle&#xa0;: la règle %1 de %2 correspond.</translation>
    </message>
    <message>
        <source>Denied by the organization policy: it denies service %1.</source>
        <translation>Refusé par la politique de l’organisation&#xa0;: elle refuse le service %1.</translation>
    </message>
    <message>
        <source>Denied by the role policy: it denies service %1.</source>
        <translation>Refusé par la politique du rôle&#xa0;: elle refuse le service %1.</translation>
    </message>
    <message>
        <source>Denied by the organization policy: the operation&apos;s service class is unknown and the default strategy denies.</source>
        <translation>Refusé par la politique de l’organisation&#xa0;: la classe de service de l’opération est inconnue et la stratégie par défaut refuse.</translation>
    </message>
    <message>
        <source>Denied by the role policy: the operation&apos;s service class is unknown and the default strategy denies.</source>
        <translation>Refusé par la politique du rôle&#xa0;: la classe de service de l’opération est inconnue et la stratégie par défaut refuse.</translation>
    </message>
    <message>
        <source>Denied by the organization policy: it does not name service %1 and its default strategy denies.</source>
        <translation>Refusé par la politique de l’organisation&#xa0;: elle ne nomme pas le service %1 et sa stratégie par défaut refuse.</translation>
    </message>
    <message>
        <source>Denied by the role policy: it does not name service %1 and its default strategy denies.</source>
        <translation>Refusé par la politique du rôle&#xa0;: elle ne nomme pas le service %1 et sa stratégie par défaut refuse.</translation>
    </message>
    <message>
        <source>Denied by the organization policy: no rule matched in service %1.</source>
        <translation>Refusé par la politique de l’organisation&#xa0;: aucune règle ne correspond dans le service %1.</translation>
    </message>
    <message>
        <source>Denied by the role policy: no rule matched in service %1.</source>
        <translation>Refusé par la politique du rôle&#xa0;: aucune règle ne correspond dans le service %1.</translation>
    </message>
    <message>
        <source>Rule %1 of %2 in the organization policy was skipped: %3</source>
        <translation>La règle %1 de %2 dans la politique de l’organisation a été ignorée&#xa0;: %3</translation>
    </message>
    <message>
        <source>Rule %1 of %2 in the role policy was skipped: %3</source>
        <translation>La règle %1 de %2 dans la politique du rôle a été ignorée&#xa0;: %3</translation>
    </message>
    <message>
        <source>Depends on the request: rule %1 of %2 in the organization policy reads %3.</source>
        <translation>Dépend de la requête&#xa0;: la règle %1 de %2 dans la politique de l’organisation lit %3.</translation>
    </message>
    <message>
        <source>Depends on the request: rule %1 of %2 in the role policy reads %3.</source>
        <translation>Dépend de la requête&#xa0;: la règle %1 de %2 dans la politique du rôle lit %3.</translation>
    </message>
    <message>
        <source>Allowed by the role policy whatever the request: rule %1 of %2 reads it, but every outcome allows.</source>
        <translation>Autorisé par la politique du rôle quelle que soit la requête&#xa0;: la règle %1 de %2 la lit, mais toutes les issues autorisent.</translation>
    </message>
    <message>
        <source>Denied by the organization policy whatever the request: rule %1 of %2 reads it, but every outcome denies.</source>
        <translation>Refusé par la politique de l’organisation quelle que soit la requête&#xa0;: la règle %1 de %2 la lit, mais toutes les issues refusent.</translation>
    </message>
    <message>
        <source>Denied by the role policy whatever the request: rule %1 of %2 reads it, but every outcome denies.</source>
        <translation>Refusé par la politique du rôle quelle que soit la requête&#xa0;: la règle %1 de %2 la lit, mais toutes les issues refusent.</translation>
    </message>
</context>
<context>
    <name>Keyport::PolicyForm</name>
    <message>
        <source>Services the policy does not list:</source>
        <translation>Services que la politique ne liste pas&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Allow every service not listed</source>
        <translation>&amp;Autoriser tous les services non listés</translation>
    </message>
    <message>
        <source>Den&amp;y every service not listed</source>
        <translation>R&amp;efuser tous les services non listés</translation>
    </message>
    <message>
        <source>Each service class: the default strategy, allowed, denied, or decided by rules tried in order (the first that matches decides; when none matches, the request is denied).</source>
        <translation>Chaque classe de service&#xa0;: la stratégie par défaut, autorisée, refusée, ou décidée par des règles essayées dans l’ordre (la première qui correspond décide&#xa0;; si aucune ne correspond, la requête est refusée).</translation>
    </message>
    <message>
        <source>Rule %1 of %2 does not parse (column %3: %4): Exoscale would skip it at every request.</source>
        <translation>La règle %1 de %2 ne peut pas être analysée (colonne %3&#xa0;: %4)&#xa0;: Exoscale l’ignorerait à chaque requête.</translation>
    </message>
    <message>
        <source>Default</source>
        <translation>Par défaut</translation>
    </message>
    <message>
        <source>Allow</source>
        <translation>Autoriser</translation>
    </message>
    <message>
        <source>Deny</source>
        <translation>Refuser</translation>
    </message>
    <message>
        <source>Rules</source>
        <translation>Règles</translation>
    </message>
    <message>
        <source>Keyport does not know this service class.</source>
        <translation>Keyport ne connaît pas cette classe de service.</translation>
    </message>
    <message>
        <source>No rules yet: every request to %1 is denied.</source>
        <translation>Aucune règle pour l’instant&#xa0;: toute requête vers %1 est refusée.</translation>
    </message>
    <message>
        <source>Rule %1</source>
        <translation>Règle %1</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Expression</source>
        <translation>Expression</translation>
    </message>
    <message>
        <source>This rule also lists resources: they have no effect at Exoscale, and are kept unchanged.</source>
        <translation>Cette règle liste aussi des ressources&#xa0;: elles n’ont aucun effet chez Exoscale et sont conservées telles quelles.</translation>
    </message>
    <message>
        <source>Move Up</source>
        <translation>Monter</translation>
    </message>
    <message>
        <source>Move Down</source>
        <translation>Descendre</translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation>Dupliquer</translation>
    </message>
    <message>
        <source>Remove Rule</source>
        <translation>Supprimer la règle</translation>
    </message>
    <message>
        <source>Add Rule to %1</source>
        <translation>Ajouter une règle à %1</translation>
    </message>
</context>
<context>
    <name>Keyport::PolicyJudge</name>
    <message>
        <source>column %1: %2</source>
        <translation>colonne %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>the expression is a %1, not a bool</source>
        <translation>l’expression est de type %1, pas bool</translation>
    </message>
</context>
<context>
    <name>Keyport::PolicyLinter</name>
    <message>
        <source>column %1: %2</source>
        <translation>colonne %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>unknown service class &apos;%1&apos; (known: %2): this entry never applies</source>
        <translation>classe de service inconnue &apos;%1&apos; (connues&#xa0;: %2)&#xa0;: cette entrée ne s’applique jamais</translation>
    </message>
    <message>
        <source>no rules: every request to %1 is denied, whatever the default strategy</source>
        <translation>aucune règle&#xa0;: toute requête vers %1 est refusée, quelle que soit la stratégie par défaut</translation>
    </message>
    <message>
        <source> (the rule is always skipped)</source>
        <translation> (la règle est toujours ignorée)</translation>
    </message>
    <message>
        <source>always fails (%1): the rule is always skipped</source>
        <translation>échoue toujours (%1)&#xa0;: la règle est toujours ignorée</translation>
    </message>
    <message>
        <source>is always a %1, never true or false: the rule is always skipped</source>
        <translation>est toujours de type %1, jamais true ni false&#xa0;: la règle est toujours ignorée</translation>
    </message>
    <message>
        <source>is always false: the rule never matches</source>
        <translation>est toujours faux&#xa0;: la règle ne correspond jamais</translation>
    </message>
    <message>
        <source>is always true: the rules after it are never tried</source>
        <translation>est toujours vrai&#xa0;: les règles suivantes ne sont jamais essayées</translation>
    </message>
    <message>
        <source>unknown operation &apos;%1&apos;</source>
        <translation>opération inconnue &apos;%1&apos;</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is an operation of %2: in the rules of %3, operation is never &apos;%1&apos;</source>
        <translation>&apos;%1&apos; est une opération de %2&#xa0;: dans les règles de %3, operation n’est jamais &apos;%1&apos;</translation>
    </message>
    <message>
        <source>in the rules of %1, service is always &apos;%1&apos;, never &apos;%2&apos;</source>
        <translation>dans les règles de %1, service vaut toujours &apos;%1&apos;, jamais &apos;%2&apos;</translation>
    </message>
    <message>
        <source>no rule can ever match: every request to %1 is denied</source>
        <translation>aucune règle ne peut jamais correspondre&#xa0;: toute requête vers %1 est refusée</translation>
    </message>
</context>
<context>
    <name>Keyport::PolicyMatrixModel</name>
    <message>
        <source>✔ Allowed</source>
        <translation>✔ Autorisé</translation>
    </message>
    <message>
        <source>✘ Denied</source>
        <translation>✘ Refusé</translation>
    </message>
    <message>
        <source>? Depends on parameters</source>
        <translation>? Dépend des paramètres</translation>
    </message>
    <message>
        <source>Allowed</source>
        <translation>Autorisé</translation>
    </message>
    <message>
        <source>Denied</source>
        <translation>Refusé</translation>
    </message>
    <message>
        <source>Depends on parameters</source>
        <translation>Dépend des paramètres</translation>
    </message>
    <message>
        <source>Operation</source>
        <translation>Opération</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>Verdict</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Pourquoi</translation>
    </message>
</context>
<context>
    <name>Keyport::PolicyView</name>
    <message>
        <source>No policy.</source>
        <translation>Aucune politique.</translation>
    </message>
    <message>
        <source>Which operation belongs to which service class is Keyport&apos;s reconstruction: Exoscale does not publish it.</source>
        <translation>L’appartenance de chaque opération à une classe de service est une reconstruction de Keyport&#xa0;: Exoscale ne la publie pas.</translation>
    </message>
    <message>
        <source>allowed: %1</source>
        <translation>autorisé&#xa0;: %1</translation>
    </message>
    <message>
        <source>denied: %1</source>
        <translation>refusé&#xa0;: %1</translation>
    </message>
    <message>
        <source>rules, in order; the first that matches decides.</source>
        <translation>règles, dans l’ordre&#xa0;; la première qui correspond décide.</translation>
    </message>
    <message>
        <source>Allow</source>
        <translation>Autoriser</translation>
    </message>
    <message>
        <source>Deny</source>
        <translation>Refuser</translation>
    </message>
    <message>
        <source>Rule %1: %2</source>
        <translation>Règle %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>No rule: every %1 operation is denied.</source>
        <translation>Aucune règle&#xa0;: toutes les opérations %1 sont refusées.</translation>
    </message>
</context>
<context>
    <name>Keyport::ProblemShowingPage</name>
    <message>
        <source>Based on %1 (%2)</source>
        <translation>À partir de %1 (%2)</translation>
    </message>
</context>
<context>
    <name>Keyport::QuitGuard</name>
    <message>
        <source>Saving secrets before quitting…</source>
        <translation>Enregistrement des secrets avant de quitter…</translation>
    </message>
    <message>
        <source>Quit Without Storing the Secret?</source>
        <translation>Quitter sans enregistrer le secret&#xa0;?</translation>
    </message>
    <message>
        <source>The secret of the new key %1 is not saved anywhere that outlives Keyport. Once Keyport has quit, nobody can see it again, and the key will need to be revoked and created anew.</source>
        <translation>Le secret de la nouvelle clé %1 n’est enregistré nulle part où il survivrait à la fermeture de Keyport. Une fois Keyport fermé, personne ne pourra plus le voir, et il faudra révoquer la clé puis la créer de nouveau.</translation>
    </message>
    <message>
        <source>Quit and Lose the Secret</source>
        <translation>Quitter et perdre le secret</translation>
    </message>
</context>
<context>
    <name>Keyport::ReloadCatalogCommand</name>
    <message numerus="yes">
        <source>The catalog was reloaded: %n operation(s).</source>
        <translation>
            <numerusform>Le catalogue a été rechargé&#xa0;: %n opération.</numerusform>
            <numerusform>Le catalogue a été rechargé&#xa0;: %n opérations.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Keyport::RemoveAccountCommand</name>
    <message>
        <source>Remove Account</source>
        <translation>Retirer le compte</translation>
    </message>
    <message numerus="yes">
        <source>Remove the account %1 from Keyport?

Keyport deletes the %n secret(s) it keeps for this account. The keys themselves stay valid at Exoscale.</source>
        <translation>
            <numerusform>Retirer le compte %1 de Keyport&#xa0;?

Keyport supprime %n secret conservé pour ce compte. Les clés elles-mêmes restent valides chez Exoscale.</numerusform>
            <numerusform>Retirer le compte %1 de Keyport&#xa0;?

Keyport supprime les %n secrets conservés pour ce compte. Les clés elles-mêmes restent valides chez Exoscale.</numerusform>
        </translation>
    </message>
    <message>
        <source>The account %1 was removed, but not all of its secrets: %2</source>
        <translation>Le compte %1 a été retiré, mais pas tous ses secrets&#xa0;: %2</translation>
    </message>
    <message>
        <source>The account %1 was not removed: %2</source>
        <translation>Le compte %1 n’a pas été retiré&#xa0;: %2</translation>
    </message>
    <message>
        <source>Removed the account %1.</source>
        <translation>Compte %1 retiré.</translation>
    </message>
</context>
<context>
    <name>Keyport::ResetOrganizationPolicyCommand</name>
    <message>
        <source>Reset Policy</source>
        <translation>Réinitialiser la politique</translation>
    </message>
    <message>
        <source>The account was closed before the organization policy was reset.</source>
        <translation>Le compte a été fermé avant la réinitialisation de la politique de l’organisation.</translation>
    </message>
    <message>
        <source>The organization policy was not reset: %1</source>
        <translation>La politique de l’organisation n’a pas été réinitialisée&#xa0;: %1</translation>
    </message>
    <message>
        <source>The organization policy was reset: it allows everything.</source>
        <translation>La politique de l’organisation a été réinitialisée&#xa0;: elle autorise tout.</translation>
    </message>
</context>
<context>
    <name>Keyport::ResourcesPage</name>
    <message>
        <source>&amp;Add Resource</source>
        <translation>&amp;Ajouter la ressource</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Retirer</translation>
    </message>
    <message>
        <source>Resources</source>
        <translation>Ressources</translation>
    </message>
    <message>
        <source>Optionally, limit the key to some buckets or products. Without any, the operations apply to every resource.</source>
        <translation>Vous pouvez limiter la clé à certains buckets ou produits. Sans aucune ressource, les opérations s’appliquent à toutes les ressources.</translation>
    </message>
    <message>
        <source>Object storage bucket (sos/bucket)</source>
        <translation>Bucket de stockage objet (sos/bucket)</translation>
    </message>
    <message>
        <source>Partner product (partner/product)</source>
        <translation>Produit partenaire (partner/product)</translation>
    </message>
    <message>
        <source>Kind of resource</source>
        <translation>Type de ressource</translation>
    </message>
    <message>
        <source>my-bucket</source>
        <translation>mon-bucket</translation>
    </message>
    <message>
        <source>Resource name</source>
        <translation>Nom de la ressource</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>T&amp;ype&#xa0;:</translation>
    </message>
    <message>
        <source>Na&amp;me:</source>
        <translation>No&amp;m&#xa0;:</translation>
    </message>
    <message>
        <source>%1 is already in the list.</source>
        <translation>%1 figure déjà dans la liste.</translation>
    </message>
    <message>
        <source>None of the chosen operations works on object storage, so the bucket restrictions will have no effect.</source>
        <translation>Aucune des opérations choisies ne porte sur le stockage objet&#xa0;: les restrictions de bucket n’auront donc aucun effet.</translation>
    </message>
</context>
<context>
    <name>Keyport::ReviewPage</name>
    <message>
        <source>Review</source>
        <translation>Vérification</translation>
    </message>
    <message>
        <source>Check the key, then create it. Its secret is shown once, on the next page.</source>
        <translation>Vérifiez la clé, puis créez-la. Son secret ne sera affiché qu’une seule fois, à la page suivante.</translation>
    </message>
    <message>
        <source>&amp;Create Key</source>
        <translation>&amp;Créer la clé</translation>
    </message>
    <message>
        <source>Request body</source>
        <translation>Corps de la requête</translation>
    </message>
    <message>
        <source>Equivalent exo command</source>
        <translation>Commande exo équivalente</translation>
    </message>
    <message>
        <source>Request b&amp;ody:</source>
        <translation>C&amp;orps de la requête&#xa0;:</translation>
    </message>
    <message>
        <source>The same with the e&amp;xo CLI:</source>
        <translation>Équivalent avec la CLI e&amp;xo&#xa0;:</translation>
    </message>
    <message>
        <source>Name: %1</source>
        <translation>Nom&#xa0;: %1</translation>
    </message>
    <message>
        <source>Unrestricted: every right of the signing key.</source>
        <translation>Non restreinte&#xa0;: tous les droits de la clé de signature.</translation>
    </message>
    <message>
        <source>Tags: none</source>
        <translation>Étiquettes&#xa0;: aucune</translation>
    </message>
    <message>
        <source>Tags: %1</source>
        <translation>Étiquettes&#xa0;: %1</translation>
    </message>
    <message>
        <source>Operations picked alone: none</source>
        <translation>Opérations choisies individuellement&#xa0;: aucune</translation>
    </message>
    <message>
        <source>Operations picked alone: %1</source>
        <translation>Opérations choisies individuellement&#xa0;: %1</translation>
    </message>
    <message numerus="yes">
        <source>In effect: %n operation(s)</source>
        <translation>
            <numerusform>En vigueur&#xa0;: %n opération</numerusform>
            <numerusform>En vigueur&#xa0;: %n opérations</numerusform>
        </translation>
    </message>
    <message>
        <source>Resources: any</source>
        <translation>Ressources&#xa0;: toutes</translation>
    </message>
    <message>
        <source>Resources: %1</source>
        <translation>Ressources&#xa0;: %1</translation>
    </message>
    <message>
        <source>Same restrictions as %1.</source>
        <translation>Mêmes restrictions que %1.</translation>
    </message>
    <message>
        <source>Compared with %1:
%2</source>
        <translation>Par rapport à %1&#xa0;:
%2</translation>
    </message>
</context>
<context>
    <name>Keyport::RevokeDialog</name>
    <message>
        <source>Revoke Key</source>
        <translation>Révoquer la clé</translation>
    </message>
    <message numerus="yes">
        <source>Revoke %n Keys</source>
        <translation>
            <numerusform>Révoquer %n clé</numerusform>
            <numerusform>Révoquer %n clés</numerusform>
        </translation>
    </message>
    <message>
        <source>Revoke the access key %1?</source>
        <translation>Révoquer la clé d’accès %1&#xa0;?</translation>
    </message>
    <message>
        <source>Revoke the access key %1 (%2)?</source>
        <translation>Révoquer la clé d’accès %1 (%2)&#xa0;?</translation>
    </message>
    <message numerus="yes">
        <source>Revoke these %n access keys?</source>
        <translation>
            <numerusform>Révoquer %n clé d’accès&#xa0;?</numerusform>
            <numerusform>Révoquer ces %n clés d’accès&#xa0;?</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Key to revoke</source>
        <translation>&amp;Clé à révoquer</translation>
    </message>
    <message>
        <source>&amp;Keys to revoke</source>
        <translation>&amp;Clés à révoquer</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Clé</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>État</translation>
    </message>
    <message>
        <source>The key this account signs with</source>
        <translation>La clé avec laquelle ce compte signe</translation>
    </message>
    <message>
        <source>Revocation is immediate and cannot be undone. Programs that use this key stop working at once. Keys that were created with this key stay valid.</source>
        <translation>La révocation est immédiate et irréversible. Les programmes qui utilisent cette clé cessent aussitôt de fonctionner. Les clés créées avec cette clé restent valides.</translation>
    </message>
    <message numerus="yes">
        <source>Revocation is immediate and cannot be undone. Programs that use these %n keys stop working at once. Keys that were created with them stay valid.</source>
        <translation>
            <numerusform>La révocation est immédiate et irréversible. Les programmes qui utilisent %n clé cessent aussitôt de fonctionner. Les clés créées avec elle restent valides.</numerusform>
            <numerusform>La révocation est immédiate et irréversible. Les programmes qui utilisent ces %n clés cessent aussitôt de fonctionner. Les clés créées avec elles restent valides.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 is the key this account signs with. Once it is revoked, Keyport can no longer use this account: to go on, add the account again with another key.</source>
        <translation>%1 est la clé avec laquelle ce compte signe. Une fois qu’elle sera révoquée, Keyport ne pourra plus utiliser ce compte&#xa0;: pour continuer, ajoutez de nouveau le compte avec une autre clé.</translation>
    </message>
    <message>
        <source>%1 is the key this account signs with. It is revoked last, after the other keys. Once it is revoked, Keyport can no longer use this account: to go on, add the account again with another key.</source>
        <translation>%1 est la clé avec laquelle ce compte signe. Elle est révoquée en dernier, après les autres clés. Une fois qu’elle sera révoquée, Keyport ne pourra plus utiliser ce compte&#xa0;: pour continuer, ajoutez de nouveau le compte avec une autre clé.</translation>
    </message>
    <message>
        <source>To confirm, type the &amp;ID of this key: %1</source>
        <translation>Pour confirmer, saisissez l’&amp;identifiant de cette clé&#xa0;: %1</translation>
    </message>
    <message>
        <source>To confirm, type the &amp;name of this key: %1</source>
        <translation>Pour confirmer, saisissez le &amp;nom de cette clé&#xa0;: %1</translation>
    </message>
    <message>
        <source>Also &amp;delete the secret Keyport stored for this key</source>
        <translation>&amp;Supprimer aussi le secret que Keyport a enregistré pour cette clé</translation>
    </message>
    <message>
        <source>Also &amp;delete the secrets Keyport stored for these keys</source>
        <translation>&amp;Supprimer aussi les secrets que Keyport a enregistrés pour ces clés</translation>
    </message>
    <message>
        <source>Revoking… Exoscale finishes each revocation in the background; this can take a moment.</source>
        <translation>Révocation… Exoscale termine chaque révocation en arrière-plan&#xa0;; cela peut prendre un moment.</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>En attente</translation>
    </message>
    <message>
        <source>Revoking…</source>
        <translation>Révocation…</translation>
    </message>
    <message>
        <source>Revoked. %1</source>
        <translation>Révoquée. %1</translation>
    </message>
    <message>
        <source>Revoked</source>
        <translation>Révoquée</translation>
    </message>
    <message>
        <source>Already gone. %1</source>
        <translation>Déjà supprimée. %1</translation>
    </message>
    <message>
        <source>Already gone</source>
        <translation>Déjà supprimée</translation>
    </message>
    <message>
        <source>The revocation was stopped before it finished. Refresh the key list to see which keys are gone.</source>
        <translation>La révocation a été interrompue avant la fin. Actualisez la liste des clés pour voir lesquelles ont disparu.</translation>
    </message>
    <message>
        <source>Every key was revoked, but not every stored secret could be deleted.</source>
        <translation>Toutes les clés ont été révoquées, mais certains secrets enregistrés n’ont pas pu être supprimés.</translation>
    </message>
    <message>
        <source>%1 (%2): %3</source>
        <translation>%1 (%2)&#xa0;: %3</translation>
    </message>
    <message>
        <source>Retry &amp;Failed Keys</source>
        <translation>Réessayer les clés en é&amp;chec</translation>
    </message>
    <message>
        <source>Stopping…</source>
        <translation>Interruption…</translation>
    </message>
    <message>
        <source>Unknown: checking the key list…</source>
        <translation>État inconnu&#xa0;: vérification de la liste des clés…</translation>
    </message>
    <message>
        <source>Not revoked: %1</source>
        <translation>Non révoquée&#xa0;: %1</translation>
    </message>
    <message>
        <source>Unknown: %1</source>
        <translation>État inconnu&#xa0;: %1</translation>
    </message>
    <message>
        <source>You stopped the revocation.</source>
        <translation>Vous avez interrompu la révocation.</translation>
    </message>
    <message numerus="yes">
        <source>%n key(s) revoked.</source>
        <translation>
            <numerusform>%n clé révoquée.</numerusform>
            <numerusform>%n clés révoquées.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n key(s) not revoked; they stay in the key list.</source>
        <translation>
            <numerusform>%n clé non révoquée&#xa0;; elle reste dans la liste des clés.</numerusform>
            <numerusform>%n clés non révoquées&#xa0;; elles restent dans la liste des clés.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n key(s) in an unknown state: Keyport could not find out whether Exoscale revoked them. They stay in the key list; refresh it later.</source>
        <translation>
            <numerusform>%n clé dans un état inconnu&#xa0;: Keyport n’a pas pu déterminer si Exoscale l’a révoquée. Elle reste dans la liste des clés&#xa0;; actualisez celle-ci plus tard.</numerusform>
            <numerusform>%n clés dans un état inconnu&#xa0;: Keyport n’a pas pu déterminer si Exoscale les a révoquées. Elles restent dans la liste des clés&#xa0;; actualisez celle-ci plus tard.</numerusform>
        </translation>
    </message>
    <message>
        <source>Account %1 · %2</source>
        <translation>Compte %1 · %2</translation>
    </message>
    <message>
        <source>Account %1</source>
        <translation>Compte %1</translation>
    </message>
    <message numerus="yes">
        <source>Revoking: %1 of %n key(s) done. Checking whether Exoscale revoked the others…</source>
        <translation>
            <numerusform>Révocation&#xa0;: %1 clé sur %n traitée. Vérification de la révocation des autres par Exoscale…</numerusform>
            <numerusform>Révocation&#xa0;: %1 clés sur %n traitées. Vérification de la révocation des autres par Exoscale…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Revoking: %1 of %n key(s) done. Exoscale finishes each revocation in the background; this can take a moment.</source>
        <translation>
            <numerusform>Révocation&#xa0;: %1 clé sur %n traitée. Exoscale termine chaque révocation en arrière-plan&#xa0;; cela peut prendre un moment.</numerusform>
            <numerusform>Révocation&#xa0;: %1 clés sur %n traitées. Exoscale termine chaque révocation en arrière-plan&#xa0;; cela peut prendre un moment.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Keyport::RevokeKeysFlow</name>
    <message>
        <source>Keyport cannot sign requests for this account yet, so the key was not revoked. Try again once the key list has loaded.</source>
        <translation>Keyport ne peut pas encore signer de requêtes pour ce compte&#xa0;; la clé n’a donc pas été révoquée. Réessayez une fois la liste des clés chargée.</translation>
    </message>
    <message>
        <source>The secret Keyport stored for this key was not deleted: %1</source>
        <translation>Le secret que Keyport a enregistré pour cette clé n’a pas été supprimé&#xa0;: %1</translation>
    </message>
    <message>
        <source>Keyport closed the secret store before it answered.</source>
        <translation>Keyport a fermé le stockage de secrets avant qu’il ne réponde.</translation>
    </message>
    <message>
        <source>Keyport stopped waiting before Exoscale confirmed the revocation.</source>
        <translation>Keyport a cessé d’attendre avant qu’Exoscale ne confirme la révocation.</translation>
    </message>
    <message>
        <source>%1 Keyport stopped before it could check whether the key is gone. Refresh the key list to see.</source>
        <translation>%1 Keyport s’est arrêté avant de pouvoir vérifier si la clé a disparu. Actualisez la liste des clés pour le savoir.</translation>
    </message>
    <message>
        <source>The revocation was stopped before this key&apos;s turn; nothing was sent.</source>
        <translation>La révocation a été interrompue avant le tour de cette clé&#xa0;; rien n’a été envoyé.</translation>
    </message>
    <message>
        <source>You stopped the revocation before Exoscale confirmed it.</source>
        <translation>Vous avez interrompu la révocation avant qu’Exoscale ne la confirme.</translation>
    </message>
    <message>
        <source>Exoscale accepted the revocation, but Keyport could not follow it to the end: %1</source>
        <translation>Exoscale a accepté la révocation, mais Keyport n’a pas pu la suivre jusqu’au bout&#xa0;: %1</translation>
    </message>
    <message>
        <source>%1 Keyport can no longer read the key list of this account to check whether the key is gone.</source>
        <translation>%1 Keyport ne peut plus lire la liste des clés de ce compte pour vérifier si la clé a disparu.</translation>
    </message>
    <message>
        <source>%1 Keyport could not read the key list to check whether the key is gone either: %2</source>
        <translation>%1 Keyport n’a pas non plus pu lire la liste des clés pour vérifier si la clé a disparu&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1 Exoscale accepted the revocation but has not finished it: the key is still in the key list. Refresh the list later to see whether it is gone.</source>
        <translation>%1 Exoscale a accepté la révocation mais ne l’a pas terminée&#xa0;: la clé figure encore dans la liste des clés. Actualisez la liste plus tard pour voir si elle a disparu.</translation>
    </message>
    <message>
        <source>%1 The key is still in the key list: Exoscale did not revoke it.</source>
        <translation>%1 La clé figure encore dans la liste des clés&#xa0;: Exoscale ne l’a pas révoquée.</translation>
    </message>
</context>
<context>
    <name>Keyport::RoleEditorCommand</name>
    <message>
        <source>This role as edited</source>
        <translation>Ce rôle tel que modifié</translation>
    </message>
    <message>
        <source>Test Bench</source>
        <translation>Banc d’essai</translation>
    </message>
    <message>
        <source>Save Policy</source>
        <translation>Enregistrer la politique</translation>
    </message>
    <message>
        <source>The role %1 was saved.</source>
        <translation>Le rôle %1 a été enregistré.</translation>
    </message>
    <message>
        <source>The role %1 was created.</source>
        <translation>Le rôle %1 a été créé.</translation>
    </message>
</context>
<context>
    <name>Keyport::RoleEditorDialog</name>
    <message>
        <source>New Role</source>
        <translation>Nouveau rôle</translation>
    </message>
    <message>
        <source>Edit Role %1</source>
        <translation>Modifier le rôle %1</translation>
    </message>
    <message>
        <source>New Role from %1</source>
        <translation>Nouveau rôle à partir de %1</translation>
    </message>
    <message>
        <source>Save Role</source>
        <translation>Enregistrer le rôle</translation>
    </message>
    <message>
        <source>Create Role</source>
        <translation>Créer le rôle</translation>
    </message>
    <message>
        <source>A role keeps its name: to rename it, create a new role.</source>
        <translation>Un rôle garde son nom&#xa0;: pour le renommer, créez un nouveau rôle.</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Nom</translation>
    </message>
    <message>
        <source>&amp;Description</source>
        <translation>&amp;Description</translation>
    </message>
    <message>
        <source>&amp;Editable</source>
        <translation>&amp;Modifiable</translation>
    </message>
    <message>
        <source>Whether a role is editable is chosen once, when it is created.</source>
        <translation>Le caractère modifiable d’un rôle se choisit une seule fois, à sa création.</translation>
    </message>
    <message>
        <source>A role that is not editable can never be changed or deleted, not even by the person who created it. This cannot be undone.</source>
        <translation>Un rôle non modifiable ne peut jamais être modifié ni supprimé, pas même par la personne qui l’a créé. Cette opération est irréversible.</translation>
    </message>
    <message>
        <source>Permissions</source>
        <translation>Permissions</translation>
    </message>
    <message>
        <source>&amp;Bypass governance retention</source>
        <translation>&amp;Contourner la rétention de gouvernance</translation>
    </message>
    <message>
        <source>&amp;Reset the organization policy</source>
        <translation>&amp;Réinitialiser la politique de l’organisation</translation>
    </message>
    <message>
        <source>Labels</source>
        <translation>Étiquettes</translation>
    </message>
    <message>
        <source>Add &amp;Label</source>
        <translation>Ajouter une é&amp;tiquette</translation>
    </message>
    <message>
        <source>Policy</source>
        <translation>Politique</translation>
    </message>
    <message>
        <source>&amp;Body sent: the role update and the policy update</source>
        <translation>Corps en&amp;voyé&#xa0;: la mise à jour du rôle et celle de la politique</translation>
    </message>
    <message>
        <source>&amp;Body sent to create the role</source>
        <translation>Corps en&amp;voyé pour créer le rôle</translation>
    </message>
    <message>
        <source>No labels.</source>
        <translation>Aucune étiquette.</translation>
    </message>
    <message>
        <source>Remove Label</source>
        <translation>Supprimer l’étiquette</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Clé</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valeur</translation>
    </message>
    <message>
        <source>never changes after the role is created: it is not part of an update</source>
        <translation>ne change jamais après la création du rôle&#xa0;: ne fait pas partie d’une mise à jour</translation>
    </message>
    <message>
        <source>is not sent: the body has only role and policy</source>
        <translation>n’est pas envoyé&#xa0;: le corps ne contient que role et policy</translation>
    </message>
    <message>
        <source>must be an object</source>
        <translation>doit être un objet</translation>
    </message>
    <message>
        <source>is not part of a role update: it would not be sent</source>
        <translation>ne fait pas partie d’une mise à jour de rôle&#xa0;: ne serait pas envoyé</translation>
    </message>
    <message>
        <source>The body is not a role.</source>
        <translation>Le corps n’est pas un rôle.</translation>
    </message>
    <message>
        <source>This role is not editable: it can never be changed.</source>
        <translation>Ce rôle n’est pas modifiable&#xa0;: il ne peut jamais être changé.</translation>
    </message>
    <message>
        <source>The JSON is not valid: %1</source>
        <translation>Le JSON n’est pas valide&#xa0;: %1</translation>
    </message>
    <message>
        <source>The label with the value %1 has no key.</source>
        <translation>L’étiquette de valeur %1 n’a pas de clé.</translation>
    </message>
    <message>
        <source>The label %1 is given twice.</source>
        <translation>L’étiquette %1 figure deux fois.</translation>
    </message>
    <message>
        <source>The role cannot be saved: %1</source>
        <translation>Le rôle ne peut pas être enregistré&#xa0;: %1</translation>
    </message>
    <message>
        <source>Nothing has changed yet.</source>
        <translation>Rien n’a encore changé.</translation>
    </message>
</context>
<context>
    <name>Keyport::RoleModel</name>
    <message>
        <source>Yes</source>
        <translation>Oui</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Non</translation>
    </message>
    <message>
        <source>%1 is a built-in or locked role: it cannot be changed.</source>
        <translation>%1 est un rôle intégré ou verrouillé&#xa0;: il ne peut pas être modifié.</translation>
    </message>
    <message numerus="yes">
        <source>%n API key(s) bound to this role</source>
        <translation>
            <numerusform>%n clé d’API liée à ce rôle</numerusform>
            <numerusform>%n clés d’API liées à ce rôle</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n person(s) bound to this role</source>
        <translation>
            <numerusform>%n personne liée à ce rôle</numerusform>
            <numerusform>%n personnes liées à ce rôle</numerusform>
        </translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>Editable</source>
        <translation>Modifiable</translation>
    </message>
    <message>
        <source>API keys</source>
        <translation>Clés d’API</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Personnes</translation>
    </message>
</context>
<context>
    <name>Keyport::RolesPage</name>
    <message>
        <source>Roles</source>
        <translation>Rôles</translation>
    </message>
    <message>
        <source>Description:</source>
        <translation>Description&#xa0;:</translation>
    </message>
    <message>
        <source>Labels:</source>
        <translation>Étiquettes&#xa0;:</translation>
    </message>
    <message>
        <source>Permissions:</source>
        <translation>Permissions&#xa0;:</translation>
    </message>
    <message>
        <source>Editable:</source>
        <translation>Modifiable&#xa0;:</translation>
    </message>
    <message>
        <source>API keys:</source>
        <translation>Clés d’API&#xa0;:</translation>
    </message>
    <message>
        <source>People:</source>
        <translation>Personnes&#xa0;:</translation>
    </message>
    <message>
        <source>Policy:</source>
        <translation>Politique&#xa0;:</translation>
    </message>
    <message>
        <source>The roles could not be loaded: %1</source>
        <translation>Les rôles n’ont pas pu être chargés&#xa0;: %1</translation>
    </message>
    <message>
        <source>Loading the roles…</source>
        <translation>Chargement des rôles…</translation>
    </message>
    <message>
        <source>Select a role to see its details.</source>
        <translation>Sélectionnez un rôle pour en voir les détails.</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Aucune</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Oui</translation>
    </message>
    <message>
        <source>No: a built-in or locked role, it cannot be changed or deleted.</source>
        <translation>Non&#xa0;: rôle intégré ou verrouillé, il ne peut être ni modifié ni supprimé.</translation>
    </message>
    <message>
        <source>%1 (invited)</source>
        <translation>%1 (invitation en attente)</translation>
    </message>
    <message>
        <source>Not known: %1</source>
        <translation>Inconnu&#xa0;: %1</translation>
    </message>
    <message>
        <source>Not known yet.</source>
        <translation>Pas encore connu.</translation>
    </message>
    <message>
        <source>This role has no policy.</source>
        <translation>Ce rôle n’a pas de politique.</translation>
    </message>
</context>
<context>
    <name>Keyport::Sandbox</name>
    <message>
        <source>Cannot read the catalog %1: %2</source>
        <translation>Impossible de lire le catalogue %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Cannot write the log %1: %2</source>
        <translation>Impossible d’écrire le journal %1&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>Keyport::SandboxFault</name>
    <message>
        <source>Invalid fault &quot;%1&quot;: %2</source>
        <translation>Défaillance «&#xa0;%1&#xa0;» non valide&#xa0;: %2</translation>
    </message>
    <message>
        <source>the count after * must be a positive number</source>
        <translation>la valeur après * doit être un nombre positif</translation>
    </message>
    <message>
        <source>the path after @ must start with /</source>
        <translation>le chemin après @ doit commencer par /</translation>
    </message>
    <message>
        <source>latency needs a number of milliseconds, as in latency:500</source>
        <translation>latency nécessite un nombre de millisecondes, comme dans latency:500</translation>
    </message>
    <message>
        <source>429 takes the Retry-After seconds, as in 429:5</source>
        <translation>429 prend le nombre de secondes de Retry-After, comme dans 429:5</translation>
    </message>
    <message>
        <source>the kind must be an HTTP status from 400 to 599, malformed, drop, hang, latency or iamv3</source>
        <translation>le type doit être un statut HTTP de 400 à 599, malformed, drop, hang, latency ou iamv3</translation>
    </message>
    <message>
        <source>a method or a path must follow @</source>
        <translation>une méthode ou un chemin doit suivre @</translation>
    </message>
    <message>
        <source>a status takes the Retry-After seconds, as in 503:5, or nothing</source>
        <translation>un statut prend le nombre de secondes de Retry-After, comme dans 503:5, ou rien</translation>
    </message>
</context>
<context>
    <name>Keyport::SaveRoleFlow</name>
    <message>
        <source>The account is not open.</source>
        <translation>Le compte n’est pas ouvert.</translation>
    </message>
    <message>
        <source>The role was not created: %1 The list of roles shows no role %2.</source>
        <translation>Le rôle n’a pas été créé&#xa0;: %1 La liste des rôles ne contient aucun rôle %2.</translation>
    </message>
    <message>
        <source>Whether the role %1 was created is unknown: %2 The roles could not be listed either: %3 Refresh, then look for it before trying again.</source>
        <translation>On ne sait pas si le rôle %1 a été créé&#xa0;: %2 Les rôles n’ont pas pu être listés non plus&#xa0;: %3 Actualisez, puis cherchez-le avant de réessayer.</translation>
    </message>
    <message>
        <source>The role was not created. %1</source>
        <translation>Le rôle n’a pas été créé. %1</translation>
    </message>
    <message>
        <source>Nothing was saved: the role&apos;s description, permissions and labels were refused, and its policy was not sent. %1</source>
        <translation>Rien n’a été enregistré&#xa0;: la description, les permissions et les étiquettes du rôle ont été refusées, et sa politique n’a pas été envoyée. %1</translation>
    </message>
    <message>
        <source>The role&apos;s description, permissions and labels were not saved. %1</source>
        <translation>La description, les permissions et les étiquettes du rôle n’ont pas été enregistrées. %1</translation>
    </message>
    <message>
        <source>The role&apos;s description, permissions and labels were saved, but its policy was not: the old policy still applies. %1</source>
        <translation>La description, les permissions et les étiquettes du rôle ont été enregistrées, mais pas sa politique&#xa0;: l’ancienne politique s’applique toujours. %1</translation>
    </message>
    <message>
        <source>The role&apos;s policy was not saved: the old policy still applies. %1</source>
        <translation>La politique du rôle n’a pas été enregistrée&#xa0;: l’ancienne politique s’applique toujours. %1</translation>
    </message>
    <message>
        <source>The role was saved, but reading it back failed: refresh to see it. %1</source>
        <translation>Le rôle a été enregistré, mais sa relecture a échoué&#xa0;: actualisez pour le voir. %1</translation>
    </message>
</context>
<context>
    <name>Keyport::SecretCommandJob</name>
    <message>
        <source>No command to run was given.</source>
        <translation>Aucune commande à exécuter n’a été indiquée.</translation>
    </message>
    <message>
        <source>The command %1 could not be started: %2</source>
        <translation>La commande %1 n’a pas pu être lancée&#xa0;: %2</translation>
    </message>
    <message>
        <source>The command %1 crashed.</source>
        <translation>La commande %1 a planté.</translation>
    </message>
    <message>
        <source>The command %1 failed with exit code %2.</source>
        <translation>La commande %1 a échoué avec le code de sortie %2.</translation>
    </message>
    <message>
        <source>The command %1 failed with exit code %2: %3</source>
        <translation>La commande %1 a échoué avec le code de sortie %2&#xa0;: %3</translation>
    </message>
    <message>
        <source>The command %1 printed no secret: its first line of output is empty.</source>
        <translation>La commande %1 n’a affiché aucun secret&#xa0;: la première ligne de sa sortie est vide.</translation>
    </message>
    <message numerus="yes">
        <source>The command %1 did not finish within %n second(s) and was stopped.</source>
        <translation>
            <numerusform>La commande %1 ne s’est pas terminée en %n seconde et a été arrêtée.</numerusform>
            <numerusform>La commande %1 ne s’est pas terminée en %n secondes et a été arrêtée.</numerusform>
        </translation>
    </message>
    <message>
        <source>The command %1 printed more than %2 KiB, which cannot be a secret, and was stopped.</source>
        <translation>La commande %1 a affiché plus de %2 KiB, ce qui ne peut pas être un secret, et a été arrêtée.</translation>
    </message>
</context>
<context>
    <name>Keyport::SecretPage</name>
    <message>
        <source>Re&amp;veal</source>
        <translation>&amp;Afficher</translation>
    </message>
    <message>
        <source>&amp;Copy Secret</source>
        <translation>&amp;Copier le secret</translation>
    </message>
    <message>
        <source>Copy as &amp;Environment Variables</source>
        <translation>Copier comme &amp;variables d’environnement</translation>
    </message>
    <message>
        <source>I have &amp;stored this secret</source>
        <translation>J’ai &amp;enregistré ce secret</translation>
    </message>
    <message>
        <source>The Key&apos;s Secret</source>
        <translation>Secret de la clé</translation>
    </message>
    <message>
        <source>This is the only time Exoscale gives the secret.</source>
        <translation>C’est la seule fois qu’Exoscale fournit le secret.</translation>
    </message>
    <message>
        <source>Secret</source>
        <translation>Secret</translation>
    </message>
    <message>
        <source>Key ID:</source>
        <translation>Identifiant de la clé&#xa0;:</translation>
    </message>
    <message>
        <source>Secret:</source>
        <translation>Secret&#xa0;:</translation>
    </message>
    <message>
        <source>Saved in %1 as %2. Keyport can copy it for you later.</source>
        <translation>Enregistré dans %1 sous le nom %2. Keyport pourra le copier pour vous plus tard.</translation>
    </message>
    <message>
        <source>&lt;b&gt;The secret was not saved&lt;/b&gt;: %1&lt;br&gt;Copy it somewhere safe now: once this window is closed, nobody can see it again.</source>
        <translation>&lt;b&gt;Le secret n’a pas été enregistré&lt;/b&gt;&#xa0;: %1&lt;br&gt;Copiez-le dès maintenant en lieu sûr&#xa0;: une fois cette fenêtre fermée, personne ne pourra plus le voir.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Kept in memory for this session only&lt;/b&gt;: Keyport forgets it when it quits.&lt;br&gt;Copy it somewhere safe now: once Keyport has quit, nobody can see it again.</source>
        <translation>&lt;b&gt;Conservé en mémoire pour cette session uniquement&lt;/b&gt;&#xa0;: Keyport l’oublie à sa fermeture.&lt;br&gt;Copiez-le dès maintenant en lieu sûr&#xa0;: une fois Keyport fermé, personne ne pourra plus le voir.</translation>
    </message>
</context>
<context>
    <name>Keyport::ServiceMap</name>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Impossible de lire %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1 is too large to be a service map</source>
        <translation>%1 est trop volumineux pour être une table des services</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <source>not JSON (%1 at offset %2)</source>
        <translation>pas du JSON (%1 à la position %2)</translation>
    </message>
    <message>
        <source>&quot;services&quot; must be an object of service classes</source>
        <translation>&quot;services&quot; doit être un objet de classes de service</translation>
    </message>
    <message>
        <source>services.%1 must be a list of operations</source>
        <translation>services.%1 doit être une liste d’opérations</translation>
    </message>
    <message>
        <source>services.%1 holds something that is not an operation name</source>
        <translation>services.%1 contient autre chose qu’un nom d’opération</translation>
    </message>
    <message>
        <source>the operation %1 is listed under both %2 and %3</source>
        <translation>l’opération %1 figure à la fois sous %2 et sous %3</translation>
    </message>
</context>
<context>
    <name>Keyport::SessionSecretJob</name>
    <message>
        <source>The session&apos;s secrets are gone.</source>
        <translation>Les secrets de la session ont disparu.</translation>
    </message>
</context>
<context>
    <name>Keyport::SessionSecretStore</name>
    <message>
        <source>this session only</source>
        <translation>cette session uniquement</translation>
    </message>
    <message>
        <source>No secret is kept for this key in this session.</source>
        <translation>Aucun secret n’est conservé pour cette clé dans cette session.</translation>
    </message>
</context>
<context>
    <name>Keyport::ShortcutsDialog</name>
    <message>
        <source>No shortcut matches.</source>
        <translation>Aucun raccourci ne correspond.</translation>
    </message>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation>Raccourcis clavier</translation>
    </message>
    <message>
        <source>An action or a key</source>
        <translation>Une action ou une touche</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Shortcut</source>
        <translation>Raccourci</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Raccourcis clavier</translation>
    </message>
    <message>
        <source>&amp;Filter:</source>
        <translation>&amp;Filtrer&#xa0;:</translation>
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
        <translation>Les variables d’environnement EXOSCALE_* ne peuvent pas être utilisées&#xa0;: %1</translation>
    </message>
    <message>
        <source>The account of the EXOSCALE_* environment variables cannot be opened: %1</source>
        <translation>Le compte des variables d’environnement EXOSCALE_* ne peut pas être ouvert&#xa0;: %1</translation>
    </message>
    <message>
        <source>There is no account named &quot;%1&quot;.</source>
        <translation>Il n’existe aucun compte nommé «&#xa0;%1&#xa0;».</translation>
    </message>
</context>
<context>
    <name>Keyport::TestAccountCommand</name>
    <message>
        <source>Testing the account %1…</source>
        <translation>Test du compte %1…</translation>
    </message>
    <message>
        <source>The secret of the account %1 cannot be read: %2</source>
        <translation>Le secret du compte %1 ne peut pas être lu&#xa0;: %2</translation>
    </message>
    <message>
        <source>Test Account %1</source>
        <translation>Tester le compte %1</translation>
    </message>
</context>
<context>
    <name>Keyport::TestBenchDialog</name>
    <message>
        <source>Test Bench</source>
        <translation>Banc d’essai</translation>
    </message>
</context>
<context>
    <name>Keyport::TestBenchWidget</name>
    <message>
        <source>&amp;Subject:</source>
        <translation>&amp;Sujet&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Request</source>
        <translation>&amp;Requête</translation>
    </message>
    <message>
        <source>&amp;Matrix</source>
        <translation>&amp;Matrice</translation>
    </message>
    <message>
        <source>Request</source>
        <translation>Requête</translation>
    </message>
    <message>
        <source>No Exoscale document maps operations to service classes: Keyport&apos;s map is a reconstruction.</source>
        <translation>Aucun document d’Exoscale n’associe les opérations aux classes de service&#xa0;: la correspondance de Keyport est une reconstruction.</translation>
    </message>
    <message>
        <source>Add Parameter</source>
        <translation>Ajouter un paramètre</translation>
    </message>
    <message>
        <source>Remove Parameter</source>
        <translation>Supprimer le paramètre</translation>
    </message>
    <message>
        <source>A value that reads as JSON (42, true, &quot;text&quot;, [&quot;a&quot;, &quot;b&quot;]) is that value; anything else is text.</source>
        <translation>Une valeur qui se lit comme du JSON (42, true, &quot;text&quot;, [&quot;a&quot;, &quot;b&quot;]) est cette valeur&#xa0;; tout le reste est du texte.</translation>
    </message>
    <message>
        <source>Add Resource</source>
        <translation>Ajouter une ressource</translation>
    </message>
    <message>
        <source>Remove Resource</source>
        <translation>Supprimer la ressource</translation>
    </message>
    <message>
        <source>A dotted name such as dns_domain.unicode_name is a member of a member.</source>
        <translation>Un nom pointé tel que dns_domain.unicode_name désigne un membre d’un membre.</translation>
    </message>
    <message>
        <source>Not given</source>
        <translation>Non renseigné</translation>
    </message>
    <message>
        <source>&amp;Operation:</source>
        <translation>&amp;Opération&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Parameters:</source>
        <translation>&amp;Paramètres&#xa0;:</translation>
    </message>
    <message>
        <source>R&amp;esources:</source>
        <translation>R&amp;essources&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Zone:</source>
        <translation>&amp;Zone&#xa0;:</translation>
    </message>
    <message>
        <source>Source &amp;address:</source>
        <translation>&amp;Adresse source&#xa0;:</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>Verdict</translation>
    </message>
    <message>
        <source>Skipped rules</source>
        <translation>Règles ignorées</translation>
    </message>
    <message>
        <source>Service &amp;class:</source>
        <translation>&amp;Classe de service&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Verdicts:</source>
        <translation>&amp;Verdicts&#xa0;:</translation>
    </message>
    <message>
        <source>The draft in the editor</source>
        <translation>Le brouillon de l’éditeur</translation>
    </message>
    <message>
        <source>API key %1</source>
        <translation>Clé d’API %1</translation>
    </message>
    <message>
        <source>Role %1</source>
        <translation>Rôle %1</translation>
    </message>
    <message>
        <source>Service class %1</source>
        <translation>Classe de service %1</translation>
    </message>
    <message>
        <source>Service class: choose an operation</source>
        <translation>Classe de service&#xa0;: choisissez une opération</translation>
    </message>
    <message>
        <source>Service class: unknown (Keyport&apos;s map does not list %1)</source>
        <translation>Classe de service&#xa0;: inconnue (la correspondance de Keyport ne liste pas %1)</translation>
    </message>
    <message>
        <source>Service class: %1</source>
        <translation>Classe de service&#xa0;: %1</translation>
    </message>
    <message>
        <source>Role %1 has no policy: Keyport cannot tell what it allows.</source>
        <translation>Le rôle %1 n’a pas de politique&#xa0;: Keyport ne peut pas dire ce qu’il autorise.</translation>
    </message>
    <message>
        <source>Choose an API key or a role to judge its requests.</source>
        <translation>Choisissez une clé d’API ou un rôle pour juger ses requêtes.</translation>
    </message>
    <message>
        <source>The role of API key %1 is not known: its requests cannot be judged.</source>
        <translation>Le rôle de la clé d’API %1 n’est pas connu&#xa0;: ses requêtes ne peuvent pas être jugées.</translation>
    </message>
    <message>
        <source>The organization policy is not known: only the subject&apos;s policy is judged.</source>
        <translation>La politique de l’organisation n’est pas connue&#xa0;: seule la politique du sujet est jugée.</translation>
    </message>
    <message>
        <source>Choose an operation to see the verdict.</source>
        <translation>Choisissez une opération pour voir le verdict.</translation>
    </message>
    <message>
        <source>None.</source>
        <translation>Aucune.</translation>
    </message>
    <message>
        <source>Deciding policy: the organization policy.</source>
        <translation>Politique décisive&#xa0;: la politique de l’organisation.</translation>
    </message>
    <message>
        <source>Deciding policy: the policy of role %1, the role of API key %2.</source>
        <translation>Politique décisive&#xa0;: la politique du rôle %1, le rôle de la clé d’API %2.</translation>
    </message>
    <message>
        <source>Deciding policy: the policy of role %1.</source>
        <translation>Politique décisive&#xa0;: la politique du rôle %1.</translation>
    </message>
    <message>
        <source>Deciding policy: %1.</source>
        <translation>Politique décisive&#xa0;: %1.</translation>
    </message>
    <message>
        <source>Deciding rule: rule %1 of %2, which allows: %3</source>
        <translation>Règle décisive&#xa0;: la règle %1 de %2, qui autorise&#xa0;: %3</translation>
    </message>
    <message>
        <source>Deciding rule: rule %1 of %2, which denies: %3</source>
        <translation>Règle décisive&#xa0;: la règle %1 de %2, qui refuse&#xa0;: %3</translation>
    </message>
    <message>
        <source>Deciding rule: none, no rule matched.</source>
        <translation>Règle décisive&#xa0;: aucune, aucune règle n’a correspondu.</translation>
    </message>
    <message>
        <source>Deciding rule: none, no rule was tried.</source>
        <translation>Règle décisive&#xa0;: aucune, aucune règle n’a été essayée.</translation>
    </message>
    <message>
        <source>A verdict that depends on parameters changes with the request: try it on the Request tab.</source>
        <translation>Un verdict qui dépend des paramètres change avec la requête&#xa0;: essayez-le dans l’onglet Requête.</translation>
    </message>
</context>
<context>
    <name>Keyport::ViewActions</name>
    <message>
        <source>Reload &amp;Catalog</source>
        <translation>&amp;Recharger le catalogue</translation>
    </message>
</context>
<context>
    <name>Keyport::WelcomePage</name>
    <message>
        <source>Welcome to Keyport</source>
        <translation>Bienvenue dans Keyport</translation>
    </message>
    <message>
        <source>Keyport manages the IAM access keys of your Exoscale accounts. Add an account with an API key and its secret, import the accounts of the exo command-line tool, or look around in a simulated account first.</source>
        <translation>Keyport gère les clés d’accès IAM de vos comptes Exoscale. Ajoutez un compte avec une clé d’API et son secret, importez les comptes de l’outil en ligne de commande exo, ou découvrez d’abord l’application dans un compte simulé.</translation>
    </message>
    <message>
        <source>&amp;Add Account…</source>
        <translation>&amp;Ajouter un compte…</translation>
    </message>
    <message>
        <source>&amp;Import from exo CLI…</source>
        <translation>&amp;Importer depuis la CLI exo…</translation>
    </message>
    <message>
        <source>Try the &amp;Demo</source>
        <translation>Essayer la &amp;démo</translation>
    </message>
</context>
<context>
    <name>keyport-policy</name>
    <message>
        <source>Judge one request against a role&apos;s policy and the organisation&apos;s, as Exoscale would.</source>
        <translation>Juge une requête selon la politique d’un rôle et celle de l’organisation, comme le ferait Exoscale.</translation>
    </message>
    <message>
        <source>Prints {&quot;decision&quot;: &quot;allow&quot;|&quot;deny&quot;, &quot;decided-by&quot;: &quot;organization&quot;|&quot;role&quot;, &quot;service&quot;, &quot;rule&quot;, &quot;skipped&quot;} and exits 0 when the request is allowed, 1 when it is denied, 2 on a usage error. A VALUE is JSON when it parses as JSON, else a string.</source>
        <translation>Affiche {&quot;decision&quot;: &quot;allow&quot;|&quot;deny&quot;, &quot;decided-by&quot;: &quot;organization&quot;|&quot;role&quot;, &quot;service&quot;, &quot;rule&quot;, &quot;skipped&quot;} et se termine avec le code 0 si la requête est autorisée, 1 si elle est refusée, 2 en cas d’erreur d’utilisation. Une VALUE est du JSON si elle s’analyse comme du JSON, sinon une chaîne.</translation>
    </message>
    <message>
        <source>Show this help.</source>
        <translation>Affiche cette aide.</translation>
    </message>
    <message>
        <source>The role&apos;s policy: a file holding an IAM policy, or a role with one.</source>
        <translation>La politique du rôle&#xa0;: un fichier contenant une politique IAM, ou un rôle qui en a une.</translation>
    </message>
    <message>
        <source>The organisation&apos;s policy (allow-all when not given).</source>
        <translation>La politique de l’organisation (allow-all si elle n’est pas indiquée).</translation>
    </message>
    <message>
        <source>The operation, e.g. get-object.</source>
        <translation>L’opération, par exemple get-object.</translation>
    </message>
    <message>
        <source>The service class (by default the operation&apos;s, from the service map).</source>
        <translation>La classe de service (par défaut celle de l’opération, d’après la table des services).</translation>
    </message>
    <message>
        <source>A request parameter, e.g. bucket=site-data. Repeatable.</source>
        <translation>Un paramètre de la requête, par exemple bucket=site-data. Répétable.</translation>
    </message>
    <message>
        <source>A resource attribute, e.g. dns_domain.unicode_name=example.com. Repeatable.</source>
        <translation>Un attribut de la ressource, par exemple dns_domain.unicode_name=example.com. Répétable.</translation>
    </message>
    <message>
        <source>The zone, e.g. ch-gva-2.</source>
        <translation>La zone, par exemple ch-gva-2.</translation>
    </message>
    <message>
        <source>The caller&apos;s address.</source>
        <translation>L’adresse de l’appelant.</translation>
    </message>
    <message>
        <source>The signing key&apos;s id.</source>
        <translation>L’identifiant de la clé de signature.</translation>
    </message>
    <message>
        <source>The request&apos;s time, RFC 3339 (by default the current time).</source>
        <translation>L’heure de la requête, au format RFC 3339 (par défaut l’heure actuelle).</translation>
    </message>
    <message>
        <source>A service map replacing the built-in one (shaped like iam-v3-services.json).</source>
        <translation>Une table des services remplaçant celle intégrée (au format de iam-v3-services.json).</translation>
    </message>
    <message>
        <source>error: %1</source>
        <translation>error: %1</translation>
    </message>
    <message>
        <source>unexpected argument %1</source>
        <translation>argument inattendu %1</translation>
    </message>
    <message>
        <source>--policy FILE is required</source>
        <translation>--policy FILE est obligatoire</translation>
    </message>
    <message>
        <source>--operation OP is required</source>
        <translation>--operation OP est obligatoire</translation>
    </message>
    <message>
        <source>--now takes an RFC 3339 time, e.g. 2026-11-27T10:00:00Z</source>
        <translation>--now attend une date RFC 3339, par exemple 2026-11-27T10:00:00Z</translation>
    </message>
    <message>
        <source>--param takes NAME=VALUE, not %1</source>
        <translation>--param attend NAME=VALUE, pas %1</translation>
    </message>
    <message>
        <source>--resource takes PATH=VALUE, e.g. dns_domain.unicode_name=example.com, not %1</source>
        <translation>--resource attend PATH=VALUE, par exemple dns_domain.unicode_name=example.com, pas %1</translation>
    </message>
    <message>
        <source>the service map does not know the operation %1: give its class with --service</source>
        <translation>la table des services ne connaît pas l’opération %1&#xa0;: indiquez sa classe avec --service</translation>
    </message>
    <message>
        <source>error: column %1: %2</source>
        <translation>error: colonne %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Evaluate one CEL expression and print its value as JSON.</source>
        <translation>Évalue une expression CEL et affiche sa valeur en JSON.</translation>
    </message>
    <message>
        <source>Usage: keyport-policy expr EXPRESSION [--context JSON]

Evaluates EXPRESSION, a CEL expression in Exoscale&apos;s dialect, and prints its value as
one JSON value. --context gives the bindings as a JSON object; a member &quot;now&quot; given
as an RFC 3339 string is a timestamp, and &quot;now&quot; is the current time when not given.

Exit status: 0 a value was printed, 2 usage error, 3 syntax error, 4 evaluation error.
</source>
        <translation>Utilisation&#xa0;: keyport-policy expr EXPRESSION [--context JSON]

Évalue EXPRESSION, une expression CEL dans le dialecte d’Exoscale, et affiche sa valeur sous la forme
d’une valeur JSON. --context fournit les liaisons sous forme d’objet JSON&#xa0;; un membre &quot;now&quot; fourni
sous forme de chaîne RFC 3339 est un timestamp, et &quot;now&quot; vaut l’heure actuelle s’il est absent.

Code de sortie&#xa0;: 0 une valeur a été affichée, 2 erreur d’utilisation, 3 erreur de syntaxe, 4 erreur d’évaluation.
</translation>
    </message>
    <message>
        <source>error: --context needs a JSON object</source>
        <translation>error: --context attend un objet JSON</translation>
    </message>
    <message>
        <source>error: unknown option &apos;%1&apos;</source>
        <translation>error: option inconnue &apos;%1&apos;</translation>
    </message>
    <message>
        <source>error: more than one expression given</source>
        <translation>error: plus d’une expression fournie</translation>
    </message>
    <message>
        <source>error: no expression given</source>
        <translation>error: aucune expression fournie</translation>
    </message>
    <message>
        <source>error: --context is not a JSON object</source>
        <translation>error: --context n’est pas un objet JSON</translation>
    </message>
    <message>
        <source>error: &quot;now&quot; in --context is not an RFC 3339 timestamp</source>
        <translation>error: &quot;now&quot; dans --context n’est pas un horodatage RFC 3339</translation>
    </message>
    <message>
        <source>Find what Exoscale would accept and then silently skip or refuse in a policy.</source>
        <translation>Repère dans une politique ce qu’Exoscale accepterait, puis ignorerait ou refuserait sans rien signaler.</translation>
    </message>
    <message>
        <source>FILE holds an IAM policy or a role with one. Prints one problem per line, &lt;json path&gt;: &lt;message&gt;, and exits 0 when clean, 1 with problems, 2 when the file cannot be read.</source>
        <translation>FILE contient une politique IAM ou un rôle qui en a une. Affiche un problème par ligne, &lt;chemin json&gt;&#xa0;: &lt;message&gt;, et se termine avec le code 0 si tout est correct, 1 en cas de problèmes, 2 si le fichier ne peut pas être lu.</translation>
    </message>
    <message>
        <source>The policy or role to check.</source>
        <translation>La politique ou le rôle à vérifier.</translation>
    </message>
    <message>
        <source>lint takes one FILE</source>
        <translation>lint attend un seul FILE</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>impossible de lire %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1 is too large to be a policy</source>
        <translation>%1 est trop volumineux pour être une politique</translation>
    </message>
    <message>
        <source>%1 is not JSON: %2 at offset %3</source>
        <translation>%1 n’est pas du JSON&#xa0;: %2 à la position %3</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Usage: keyport-policy COMMAND [ARGUMENTS]

Evaluates and checks Exoscale IAM v3 policies and their CEL expressions.

Commands:
</source>
        <translation>Utilisation&#xa0;: keyport-policy COMMAND [ARGUMENTS]

Évalue et vérifie les politiques IAM v3 d’Exoscale et leurs expressions CEL.

Commandes&#xa0;:
</translation>
    </message>
    <message>
        <source>
Options:
  --help     Show this help, or a command&apos;s with COMMAND --help.
  --version  Show the version.
</source>
        <translation>
Options&#xa0;:
  --help     Affiche cette aide, ou celle d’une commande avec COMMAND --help.
  --version  Affiche la version.
</translation>
    </message>
    <message>
        <source>error: unknown command &apos;%1&apos;</source>
        <translation>error: commande inconnue &apos;%1&apos;</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Port to listen on (0: any free port).</source>
        <translation>Port d’écoute (0&#xa0;: n’importe quel port libre).</translation>
    </message>
    <message>
        <source>Operation catalog to serve (the built-in one by default).</source>
        <translation>Catalogue d’opérations à servir (le catalogue intégré par défaut).</translation>
    </message>
    <message>
        <source>Start with N generated keys instead of the demo keys.</source>
        <translation>Démarrer avec N clés générées au lieu des clés de démonstration.</translation>
    </message>
    <message>
        <source>Delay every answer by MS milliseconds.</source>
        <translation>Retarder chaque réponse de MS millisecondes.</translation>
    </message>
    <message>
        <source>How long a revocation stays pending, in milliseconds.</source>
        <translation>Durée pendant laquelle une révocation reste en attente, en millisecondes.</translation>
    </message>
    <message>
        <source>Manage Exoscale IAM access keys.</source>
        <translation>Gérer les clés d’accès IAM Exoscale.</translation>
    </message>
    <message>
        <source>Open a demo account served by a simulated Exoscale API on this computer; nothing is saved.</source>
        <translation>Ouvrir un compte de démonstration servi par une API Exoscale simulée sur cet ordinateur&#xa0;; rien n’est enregistré.</translation>
    </message>
    <message>
        <source>Open the account NAME.</source>
        <translation>Ouvrir le compte NAME.</translation>
    </message>
    <message>
        <source>Inject a fault: KIND[:VALUE][@[METHOD]PATH][*COUNT], KIND being an HTTP status, 429, malformed, drop, hang, latency or iamv3. @PATH is that exact path; a PATH ending in / is everything under it. Repeatable. Examples: 503*2, hang@DELETE/v2/access-key/, 429:5@/v2/operation/*1</source>
        <translation>Injecter une défaillance&#xa0;: KIND[:VALUE][@[METHOD]PATH][*COUNT], où KIND est un statut HTTP, 429, malformed, drop, hang, latency ou iamv3. @PATH désigne exactement ce chemin&#xa0;; un PATH qui se termine par / couvre tout ce qui se trouve en dessous. Peut être répété. Exemples&#xa0;: 503*2, hang@DELETE/v2/access-key/, 429:5@/v2/operation/*1</translation>
    </message>
    <message>
        <source>Write one JSON object per request to FILE, one a line: time, method, path, status (0 when dropped or never answered) and fault. Never a body or a header.</source>
        <translation>Écrire un objet JSON par requête dans FILE, un par ligne&#xa0;: heure, méthode, chemin, statut (0 si la requête a été abandonnée ou n’a jamais reçu de réponse) et défaillance. Jamais de corps ni d’en-tête.</translation>
    </message>
    <message>
        <source>A simulated Exoscale access-key and IAM v3 API on 127.0.0.1, for demos and tests.
Prints its endpoint, its root key and the root key&apos;s secret, then an API key bound to the allow-all role sandbox-admin and its secret, one per line.</source>
        <translation>Une API Exoscale simulée de clés d’accès et IAM v3 sur 127.0.0.1, pour les démonstrations et les tests.
Affiche son point de terminaison, sa clé racine et le secret de celle-ci, puis une clé d’API liée au rôle allow-all sandbox-admin et son secret, un par ligne.</translation>
    </message>
    <message>
        <source>How long the Operation of an IAM v3 change (roles, API keys, organization policy) stays pending, in milliseconds.</source>
        <translation>Durée, en millisecondes, pendant laquelle l’opération (Operation) d’une modification IAM v3 (rôles, clés d’API, politique de l’organisation) reste en attente.</translation>
    </message>
    <message>
        <source>Start with the organization policy in FILE (JSON) instead of allow-all.</source>
        <translation>Démarrer avec la politique de l’organisation contenue dans FILE (JSON) au lieu de allow-all.</translation>
    </message>
    <message>
        <source>Cannot read the policy %1: %2</source>
        <translation>Impossible de lire la politique %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>The policy %1 is not JSON: %2</source>
        <translation>La politique %1 n’est pas du JSON&#xa0;: %2</translation>
    </message>
    <message>
        <source>not a policy object</source>
        <translation>pas un objet de politique</translation>
    </message>
    <message>
        <source>The policy %1 is invalid: %2</source>
        <translation>La politique %1 n’est pas valide&#xa0;: %2</translation>
    </message>
</context>
</TS>
