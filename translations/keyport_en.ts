<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>Keyport::AccessKeyFilterModel</name>
    <message numerus="yes">
        <source>%n key(s)</source>
        <translation>
            <numerusform>%n key</numerusform>
            <numerusform>%n keys</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n key(s) match</source>
        <translation>
            <numerusform>%1 of %n key match</numerusform>
            <numerusform>%1 of %n keys match</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Keyport::AccessKeyModel</name>
    <message numerus="yes">
        <source>%n operation(s)</source>
        <translation>
            <numerusform>%n operation</numerusform>
            <numerusform>%n operations</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n resource(s)</source>
        <translation>
            <numerusform>%n resource</numerusform>
            <numerusform>%n resources</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n tag(s)</source>
        <comment>compact</comment>
        <translation>
            <numerusform>%n tag</numerusform>
            <numerusform>%n tags</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n op(s)</source>
        <comment>compact: operations</comment>
        <translation>
            <numerusform>%n op</numerusform>
            <numerusform>%n ops</numerusform>
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
</context>
<context>
    <name>Keyport::AccessKeyResource</name>
    <message numerus="yes">
        <source>A bucket name has 3 to 63 characters; &quot;%1&quot; has %n.</source>
        <translation>
            <numerusform>A bucket name has 3 to 63 characters; &quot;%1&quot; has %n.</numerusform>
            <numerusform>A bucket name has 3 to 63 characters; &quot;%1&quot; has %n.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Keyport::AccountStatusBar</name>
    <message numerus="yes">
        <source>Signing key: unrestricted, may grant all %n operation(s)</source>
        <translation>
            <numerusform>Signing key: unrestricted, may grant all %n operation</numerusform>
            <numerusform>Signing key: unrestricted, may grant all %n operations</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Signing key: restricted, may grant %n operation(s)</source>
        <translation>
            <numerusform>Signing key: restricted, may grant %n operation</numerusform>
            <numerusform>Signing key: restricted, may grant %n operations</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n secret(s) wait to be deleted from the system keychain once it can be used.</source>
        <translation>
            <numerusform>%n secret waits to be deleted from the system keychain once it can be used.</numerusform>
            <numerusform>%n secrets wait to be deleted from the system keychain once it can be used.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Keyport::AccountStore</name>
    <message numerus="yes">
        <source>%n secret(s) could not be deleted from the system keychain, which cannot be reached now. Keyport keeps their names (not the secrets) and deletes them as soon as the keychain can be used again.</source>
        <translation>
            <numerusform>%n secret could not be deleted from the system keychain, which cannot be reached now. Keyport keeps its name (not the secret) and deletes it as soon as the keychain can be used again.</numerusform>
            <numerusform>%n secrets could not be deleted from the system keychain, which cannot be reached now. Keyport keeps their names (not the secrets) and deletes them as soon as the keychain can be used again.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Keyport::ApiJob</name>
    <message numerus="yes">
        <source>the answer is larger than %n MiB</source>
        <translation>
            <numerusform>the answer is larger than %n MiB</numerusform>
            <numerusform>the answer is larger than %n MiB</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Keyport::ApiKeyNamePage</name>
    <message numerus="yes">
        <source>The name has %1 characters; at most %n are allowed.</source>
        <translation>
            <numerusform>The name has %1 characters; at most %n is allowed.</numerusform>
            <numerusform>The name has %1 characters; at most %n are allowed.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Keyport::AsyncOperationJob</name>
    <message numerus="yes">
        <source>Exoscale has not finished the operation after %n minute(s); it may still complete. Refresh later to see the outcome.</source>
        <translation>
            <numerusform>Exoscale has not finished the operation after %n minute; it may still complete. Refresh later to see the outcome.</numerusform>
            <numerusform>Exoscale has not finished the operation after %n minutes; it may still complete. Refresh later to see the outcome.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Keyport::CatalogModel</name>
    <message numerus="yes">
        <source>%n tag(s)</source>
        <translation>
            <numerusform>%n tag</numerusform>
            <numerusform>%n tags</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n operation(s)</source>
        <translation>
            <numerusform>%n operation</numerusform>
            <numerusform>%n operations</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n operation(s) in effect</source>
        <translation>
            <numerusform>%n operation in effect</numerusform>
            <numerusform>%n operations in effect</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 — %n operation(s)</source>
        <translation>
            <numerusform>%1 — %n operation</numerusform>
            <numerusform>%1 — %n operations</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 — %n operation(s), not grantable by this signing key</source>
        <translation>
            <numerusform>%1 — %n operation, not grantable by this signing key</numerusform>
            <numerusform>%1 — %n operations, not grantable by this signing key</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Keyport::Cel::Checker</name>
    <message numerus="yes">
        <source>wrong number of arguments to &apos;%1&apos;: %n given</source>
        <translation>
            <numerusform>wrong number of arguments to &apos;%1&apos;: %n given</numerusform>
            <numerusform>wrong number of arguments to &apos;%1&apos;: %n given</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Keyport::Cel::Evaluator</name>
    <message numerus="yes">
        <source>no such overload for &apos;%1&apos; with %n argument(s)</source>
        <translation>
            <numerusform>no such overload for &apos;%1&apos; with %n argument</numerusform>
            <numerusform>no such overload for &apos;%1&apos; with %n arguments</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>evaluation exceeded %n macro iterations</source>
        <translation>
            <numerusform>evaluation exceeded %n macro iteration</numerusform>
            <numerusform>evaluation exceeded %n macro iterations</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Keyport::Cel::Parser</name>
    <message numerus="yes">
        <source>expression longer than %n characters</source>
        <translation>
            <numerusform>expression longer than %n character</numerusform>
            <numerusform>expression longer than %n characters</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Keyport::CheckCredentialsJob</name>
    <message numerus="yes">
        <source>The key works. It is an unrestricted legacy access key: it may use all %n operation(s).</source>
        <translation>
            <numerusform>The key works. It is an unrestricted legacy access key: it may use all %n operation.</numerusform>
            <numerusform>The key works. It is an unrestricted legacy access key: it may use all %n operations.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The key works. It is a legacy access key, restricted to %n operation(s).</source>
        <translation>
            <numerusform>The key works. It is a legacy access key, restricted to %n operation.</numerusform>
            <numerusform>The key works. It is a legacy access key, restricted to %n operations.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The key works. It is a legacy access key, restricted to %1 of %n operation(s), every operation tagged %2 included.</source>
        <translation>
            <numerusform>The key works. It is a legacy access key, restricted to %1 of %n operation, every operation tagged %2 included.</numerusform>
            <numerusform>The key works. It is a legacy access key, restricted to %1 of %n operations, every operation tagged %2 included.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The key works. It is a legacy access key, restricted to %1 of %n operation(s).</source>
        <translation>
            <numerusform>The key works. It is a legacy access key, restricted to %1 of %n operation.</numerusform>
            <numerusform>The key works. It is a legacy access key, restricted to %1 of %n operations.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Keyport::CheckKeychainCommand</name>
    <message numerus="yes">
        <source>Deleted %n secret(s) that were left in the system keychain.</source>
        <translation>
            <numerusform>Deleted %n secret that was left in the system keychain.</numerusform>
            <numerusform>Deleted %n secrets that were left in the system keychain.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Keyport::CopySecretCommand</name>
    <message numerus="yes">
        <source>Copied the secret of %1; the clipboard will be cleared in %n second(s).</source>
        <translation>
            <numerusform>Copied the secret of %1; the clipboard will be cleared in %n second.</numerusform>
            <numerusform>Copied the secret of %1; the clipboard will be cleared in %n seconds.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Keyport::DeleteApiKeysDialog</name>
    <message numerus="yes">
        <source>Delete %n API Keys</source>
        <translation>
            <numerusform>Delete %n API Key</numerusform>
            <numerusform>Delete %n API Keys</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete these %n API keys?</source>
        <translation>
            <numerusform>Delete this API key?</numerusform>
            <numerusform>Delete these %n API keys?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Deletion is immediate and cannot be undone. Programs that use these %n API key(s) stop working at once. Their roles stay, with the other keys and the people bound to them.</source>
        <translation>
            <numerusform>Deletion is immediate and cannot be undone. Programs that use this API key stop working at once. Its role stays, with the other keys and the people bound to it.</numerusform>
            <numerusform>Deletion is immediate and cannot be undone. Programs that use these %n API keys stop working at once. Their roles stay, with the other keys and the people bound to them.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Deleting: %1 of %n API key(s) done.</source>
        <translation>
            <numerusform>Deleting: %1 of %n API key done.</numerusform>
            <numerusform>Deleting: %1 of %n API keys done.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Deleting: %1 of %n API key(s) done. Checking whether Exoscale deleted the others…</source>
        <translation>
            <numerusform>Deleting: %1 of %n API key done. Checking whether Exoscale deleted the others…</numerusform>
            <numerusform>Deleting: %1 of %n API keys done. Checking whether Exoscale deleted the others…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n API key(s) deleted.</source>
        <translation>
            <numerusform>%n API key deleted.</numerusform>
            <numerusform>%n API keys deleted.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n API key(s) not deleted; they stay in the list.</source>
        <translation>
            <numerusform>%n API key not deleted; it stays in the list.</numerusform>
            <numerusform>%n API keys not deleted; they stay in the list.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n API key(s) in an unknown state: Keyport could not find out whether Exoscale deleted them. They stay in the list; refresh it later.</source>
        <translation>
            <numerusform>%n API key in an unknown state: Keyport could not find out whether Exoscale deleted it. It stays in the list; refresh the list later.</numerusform>
            <numerusform>%n API keys in an unknown state: Keyport could not find out whether Exoscale deleted them. They stay in the list; refresh it later.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Keyport::Endpoint</name>
    <message numerus="yes">
        <source>%1 is not an Exoscale API host. Keyport&apos;s signature on a request does not cover the host it is sent to, so %1 could send your requests on to Exoscale and act with your key for up to %n minute(s) after each one. Use this address only if you trust whoever runs it.</source>
        <translation>
            <numerusform>%1 is not an Exoscale API host. Keyport&apos;s signature on a request does not cover the host it is sent to, so %1 could send your requests on to Exoscale and act with your key for up to %n minute after each one. Use this address only if you trust whoever runs it.</numerusform>
            <numerusform>%1 is not an Exoscale API host. Keyport&apos;s signature on a request does not cover the host it is sent to, so %1 could send your requests on to Exoscale and act with your key for up to %n minutes after each one. Use this address only if you trust whoever runs it.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Keyport::ErrorMapper</name>
    <message numerus="yes">
        <source>Exoscale is limiting the rate of requests; try again in %n second(s).</source>
        <translation>
            <numerusform>Exoscale is limiting the rate of requests; try again in %n second.</numerusform>
            <numerusform>Exoscale is limiting the rate of requests; try again in %n seconds.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The API server did not answer within %n second(s).</source>
        <translation>
            <numerusform>The API server did not answer within %n second.</numerusform>
            <numerusform>The API server did not answer within %n seconds.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Keyport::IamLimits</name>
    <message numerus="yes">
        <source>has %1 characters; at most %n are allowed</source>
        <translation>
            <numerusform>has %1 characters; at most %n is allowed</numerusform>
            <numerusform>has %1 characters; at most %n are allowed</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Keyport::KeyDetailsPane</name>
    <message numerus="yes">
        <source>Tag %1: %n operation(s)</source>
        <translation>
            <numerusform>Tag %1: %n operation</numerusform>
            <numerusform>Tag %1: %n operations</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Picked alone: %n operation(s)</source>
        <translation>
            <numerusform>Picked alone: %n operation</numerusform>
            <numerusform>Picked alone: %n operations</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Keyport::KeyDraft</name>
    <message numerus="yes">
        <source>A key name has at most %n characters.</source>
        <translation>
            <numerusform>A key name has at most %n character.</numerusform>
            <numerusform>A key name has at most %n characters.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Keyport::LockoutAnalysis</name>
    <message numerus="yes">
        <source>%n operation(s) of %1</source>
        <translation>
            <numerusform>%n operation of %1</numerusform>
            <numerusform>%n operations of %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n API key(s)</source>
        <translation>
            <numerusform>%n API key</numerusform>
            <numerusform>%n API keys</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n person(s)</source>
        <translation>
            <numerusform>%n person</numerusform>
            <numerusform>%n people</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n API key(s) lose(s) %1.</source>
        <translation>
            <numerusform>%n API key loses %1.</numerusform>
            <numerusform>%n API keys lose %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n API key(s) bound to this role lose(s) %1.</source>
        <translation>
            <numerusform>%n API key bound to this role loses %1.</numerusform>
            <numerusform>%n API keys bound to this role lose %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n person(s) lose(s) %1.</source>
        <translation>
            <numerusform>%n person loses %1.</numerusform>
            <numerusform>%n people lose %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n person(s) bound to this role lose(s) %1.</source>
        <translation>
            <numerusform>%n person bound to this role loses %1.</numerusform>
            <numerusform>%n people bound to this role lose %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n more API key(s) or person(s) lose other operations: see the details.</source>
        <translation>
            <numerusform>%n more API key or person loses other operations: see the details.</numerusform>
            <numerusform>%n more API keys or people lose other operations: see the details.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Keyport::PolicyDescriber</name>
    <message numerus="yes">
        <source>%1 belongs to another service class: this rule never sees it.</source>
        <translation>
            <numerusform>%1 belongs to another service class: this rule never sees it.</numerusform>
            <numerusform>%1 belong to another service class: this rule never sees them.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 (rule %2 is skipped: it does not parse)</source>
        <translation>
            <numerusform>%1 (rule %2 is skipped: it does not parse)</numerusform>
            <numerusform>%1 (rules %2 are skipped: they do not parse)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>no %1 operation</source>
        <translation>
            <numerusform>no %1 operation</numerusform>
            <numerusform>no %1 operations</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Keyport::ReloadCatalogCommand</name>
    <message numerus="yes">
        <source>The catalog was reloaded: %n operation(s).</source>
        <translation>
            <numerusform>The catalog was reloaded: %n operation.</numerusform>
            <numerusform>The catalog was reloaded: %n operations.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Keyport::RemoveAccountCommand</name>
    <message numerus="yes">
        <source>Remove the account %1 from Keyport?

Keyport deletes the %n secret(s) it keeps for this account. The keys themselves stay valid at Exoscale.</source>
        <translation>
            <numerusform>Remove the account %1 from Keyport?

Keyport deletes the %n secret it keeps for this account. The keys themselves stay valid at Exoscale.</numerusform>
            <numerusform>Remove the account %1 from Keyport?

Keyport deletes the %n secrets it keeps for this account. The keys themselves stay valid at Exoscale.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Keyport::ReviewPage</name>
    <message numerus="yes">
        <source>In effect: %n operation(s)</source>
        <translation>
            <numerusform>In effect: %n operation</numerusform>
            <numerusform>In effect: %n operations</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Keyport::RevokeDialog</name>
    <message numerus="yes">
        <source>Revoke %n Keys</source>
        <translation>
            <numerusform>Revoke %n Key</numerusform>
            <numerusform>Revoke %n Keys</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Revoke these %n access keys?</source>
        <translation>
            <numerusform>Revoke this access key?</numerusform>
            <numerusform>Revoke these %n access keys?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Revocation is immediate and cannot be undone. Programs that use these %n keys stop working at once. Keys that were created with them stay valid.</source>
        <translation>
            <numerusform>Revocation is immediate and cannot be undone. Programs that use this key stop working at once. Keys that were created with it stay valid.</numerusform>
            <numerusform>Revocation is immediate and cannot be undone. Programs that use these %n keys stop working at once. Keys that were created with them stay valid.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n key(s) revoked.</source>
        <translation>
            <numerusform>%n key revoked.</numerusform>
            <numerusform>%n keys revoked.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n key(s) not revoked; they stay in the key list.</source>
        <translation>
            <numerusform>%n key not revoked; it stays in the key list.</numerusform>
            <numerusform>%n keys not revoked; they stay in the key list.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n key(s) in an unknown state: Keyport could not find out whether Exoscale revoked them. They stay in the key list; refresh it later.</source>
        <translation>
            <numerusform>%n key in an unknown state: Keyport could not find out whether Exoscale revoked it. It stays in the key list; refresh the list later.</numerusform>
            <numerusform>%n keys in an unknown state: Keyport could not find out whether Exoscale revoked them. They stay in the key list; refresh it later.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Revoking: %1 of %n key(s) done. Checking whether Exoscale revoked the others…</source>
        <translation>
            <numerusform>Revoking: %1 of %n key done. Checking whether Exoscale revoked the others…</numerusform>
            <numerusform>Revoking: %1 of %n keys done. Checking whether Exoscale revoked the others…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Revoking: %1 of %n key(s) done. Exoscale finishes each revocation in the background; this can take a moment.</source>
        <translation>
            <numerusform>Revoking: %1 of %n key done. Exoscale finishes each revocation in the background; this can take a moment.</numerusform>
            <numerusform>Revoking: %1 of %n keys done. Exoscale finishes each revocation in the background; this can take a moment.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Keyport::RoleModel</name>
    <message numerus="yes">
        <source>%n API key(s) bound to this role</source>
        <translation>
            <numerusform>%n API key bound to this role</numerusform>
            <numerusform>%n API keys bound to this role</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n person(s) bound to this role</source>
        <translation>
            <numerusform>%n person bound to this role</numerusform>
            <numerusform>%n people bound to this role</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Keyport::SecretCommandJob</name>
    <message numerus="yes">
        <source>The command %1 did not finish within %n second(s) and was stopped.</source>
        <translation>
            <numerusform>The command %1 did not finish within %n second and was stopped.</numerusform>
            <numerusform>The command %1 did not finish within %n seconds and was stopped.</numerusform>
        </translation>
    </message>
</context>
</TS>
