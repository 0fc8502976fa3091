// SPDX-License-Identifier: GPL-3.0-or-later
#include "ExoConfig.h"

#include "accounts/TomlShield.h"
#include "domain/Utf8.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QScopeGuard>
#include <QSet>

#include <toml++/toml.h>

#include <algorithm>
#include <cstring>
#include <string_view>

using namespace Qt::StringLiterals;

namespace Keyport {

namespace {

// A real exoscale.toml is a few hundred bytes; anything this large is not one.
constexpr qint64 maxFileSize = 1024 * 1024;

/// Text that toml++ read from the shielded document, restored (TomlShield).
QString fromUtf8(std::string_view text)
{
    const std::string original = TomlShield::unshield(text);
    return QString::fromUtf8(original.data(), static_cast<qsizetype>(original.size()));
}

constexpr char asciiLower(char c)
{
    return (c >= 'A' && c <= 'Z') ? static_cast<char>(c - 'A' + 'a') : c;
}

// The exo CLI (viper) folds keys to lower case; toml++ compares them exactly.
bool sameKey(std::string_view key, std::string_view lowerName)
{
    return std::equal(key.begin(), key.end(), lowerName.begin(), lowerName.end(),
        [](char a, char b) { return asciiLower(a) == b; });
}

void wipe(std::string &text)
{
    if (!text.empty())
        explicit_bzero(text.data(), text.size());
}

// The parsed document holds the secrets, and toml++ does not wipe its memory when it dies.
void wipeStrings(toml::node &node)
{
    if (toml::table *table = node.as_table()) {
        for (auto &&[key, child] : *table)
            wipeStrings(child);
    } else if (toml::array *array = node.as_array()) {
        for (toml::node &child : *array)
            wipeStrings(child);
    } else if (toml::value<std::string> *text = node.as_string()) {
        wipe(text->get());
    }
}

void wipe(QByteArray &bytes)
{
    // Only wipe memory we own alone: detaching a shared buffer would wipe a fresh copy instead.
    if (!bytes.isEmpty() && bytes.isDetached())
        explicit_bzero(bytes.data(), static_cast<size_t>(bytes.size()));
    bytes.clear();
}

/// Turns the parsed document into an ExoConfig, checking each value on the way. Messages name
/// the file, the line, the account and the key as written, never a value that could be secret.
class ConfigReader
{
public:
    explicit ConfigReader(QString fileName)
        : m_fileName(std::move(fileName))
    { }

    Result<ExoConfig> read(toml::table &root) const
    {
        ExoConfig config;

        toml::node *defaultNode = nullptr;
        QString spelling;
        if (const Error error = find(root, "defaultaccount", defaultNode, &spelling); error)
            return error;
        if (defaultNode) {
            const toml::value<std::string> *value = defaultNode->as_string();
            if (!value) {
                return Error::invalidInput(
                    ExoConfig::tr("%1: \"%2\" must be a text string, the name of an account.")
                        .arg(where(*defaultNode), spelling));
            }
            config.defaultAccount = fromUtf8(value->get());
        }

        toml::node *accountsNode = nullptr;
        if (const Error error = find(root, "accounts", accountsNode, &spelling); error)
            return error;
        if (!accountsNode)
            return config;
        toml::array *list = accountsNode->as_array();
        if (!list || (!list->empty() && !list->is_array_of_tables())) {
            return Error::invalidInput(
                ExoConfig::tr("%1: \"%2\" must be a list of accounts, each starting with "
                              "[[accounts]].")
                    .arg(where(*accountsNode), spelling));
        }

        QSet<QString> names;
        for (size_t i = 0; i < list->size(); ++i) {
            toml::table &table = *list->get(i)->as_table();
            ExoConfigAccount entry;
            if (const Error error = readAccount(table, static_cast<int>(i) + 1, entry); error)
                return error;
            const QString &name = entry.account.name;
            if (names.contains(name)) {
                return Error::invalidInput(
                    ExoConfig::tr("%1: there is already an account named \"%2\".")
                        .arg(where(table), name));
            }
            names.insert(name);
            entry.isDefault = !config.defaultAccount.isEmpty() && name == config.defaultAccount;
            config.accounts.push_back(std::move(entry));
        }
        return config;
    }

private:
    /// "exoscale.toml, line 4", or just the file when toml++ knows no line.
    QString where(const toml::node &node) const
    {
        const toml::source_index line = node.source().begin.line;
        if (line == 0)
            return m_fileName;
        return ExoConfig::tr("%1, line %2").arg(m_fileName, QString::number(line));
    }

    /// Finds @p lowerName in @p table ignoring case; @p found stays nullptr when absent, and
    /// @p spelling (if given) receives the key as the file writes it. Two spellings of one key
    /// (key and Key) would be the same key to the exo CLI, which keeps an arbitrary one: an
    /// error rather than a guess.
    Error find(toml::table &table, std::string_view lowerName, toml::node *&found,
        QString *spelling = nullptr) const
    {
        found = nullptr;
        std::string_view foundKey;
        for (auto &&[key, node] : table) {
            if (!sameKey(key.str(), lowerName))
                continue;
            if (found) {
                // The table is sorted by key, not by line: name them in the file's order.
                const bool nodeIsLater = node.source().begin.line > found->source().begin.line;
                const QString first = fromUtf8(nodeIsLater ? foundKey : key.str());
                const QString second = fromUtf8(nodeIsLater ? key.str() : foundKey);
                return Error::invalidInput(
                    ExoConfig::tr("%1: the keys \"%2\" and \"%3\" are the same key, because "
                                  "keys are case-insensitive. Keep only one of them.")
                        .arg(where(nodeIsLater ? node : *found), first, second));
            }
            found = &node;
            foundKey = key.str();
        }
        if (found && spelling)
            *spelling = fromUtf8(foundKey);
        return {};
    }

    /// The text value of @p lowerName, or nullptr when absent; an Error when it is not text.
    Error findString(toml::table &table, std::string_view lowerName, const QString &accountName,
        toml::value<std::string> *&found) const
    {
        found = nullptr;
        toml::node *node = nullptr;
        QString spelling;
        if (const Error error = find(table, lowerName, node, &spelling); error)
            return error;
        if (!node)
            return {};
        found = node->as_string();
        if (!found) {
            return Error::invalidInput(
                ExoConfig::tr("%1: in the account \"%2\", \"%3\" must be a text string.")
                    .arg(where(*node), accountName, spelling));
        }
        return {};
    }

    Error readAccount(toml::table &table, int position, ExoConfigAccount &entry) const
    {
        Account &account = entry.account;
        account.origin = Account::Origin::Saved;

        // The name first: every later message names the account by it.
        toml::node *nameNode = nullptr;
        if (const Error error = find(table, "name", nameNode); error)
            return error;
        if (nameNode && !nameNode->is_string()) {
            return Error::invalidInput(
                ExoConfig::tr("%1: the name of account number %2 must be a text string.")
                    .arg(where(*nameNode), QString::number(position)));
        }
        if (nameNode)
            account.name = fromUtf8(nameNode->as_string()->get());
        if (account.name.isEmpty()) {
            return Error::invalidInput(ExoConfig::tr("%1: account number %2 has no name.")
                                           .arg(where(table), QString::number(position)));
        }
        if (const Error invalid = Account::validateName(account.name); invalid) {
            return Error::invalidInput(
                ExoConfig::tr("%1: the account name \"%2\" cannot be used. %3")
                    .arg(where(*nameNode), account.name, invalid.message()));
        }
        const QString &name = account.name;

        toml::value<std::string> *key = nullptr;
        if (const Error error = findString(table, "key", name, key); error)
            return error;
        if (!key || key->get().empty()) {
            return Error::invalidInput(
                ExoConfig::tr("%1: the account \"%2\" has no API key (\"key\").")
                    .arg(where(key ? static_cast<const toml::node &>(*key) : table), name));
        }
        account.apiKey = fromUtf8(key->get());
        if (const Error invalid = Account::validateApiKey(account.apiKey); invalid) {
            return Error::invalidInput(
                ExoConfig::tr("%1: the API key (\"key\") of the account \"%2\" cannot be used. %3")
                    .arg(where(*key), name, invalid.message()));
        }

        toml::value<std::string> *secret = nullptr;
        if (const Error error = findString(table, "secret", name, secret); error)
            return error;
        if (secret) {
            // parse() wipes the document's copy.
            std::string bytes = TomlShield::unshield(secret->get());
            entry.secret
                = Secret::fromUtf8(QByteArray(bytes.data(), static_cast<qsizetype>(bytes.size())));
            wipe(bytes);
        }

        if (const Error error = readSecretCommand(table, name, entry.secretCommand); error)
            return error;

        toml::value<std::string> *zone = nullptr;
        if (const Error error = findString(table, "defaultzone", name, zone); error)
            return error;
        if (zone && !zone->get().empty())
            account.zone = fromUtf8(zone->get());

        toml::value<std::string> *environment = nullptr;
        if (const Error error = findString(table, "environment", name, environment); error)
            return error;
        if (environment && !environment->get().empty())
            account.environment = fromUtf8(environment->get());

        toml::value<std::string> *endpoint = nullptr;
        if (const Error error = findString(table, "endpoint", name, endpoint); error)
            return error;
        if (endpoint)
            account.customEndpoint = fromUtf8(endpoint->get()).trimmed();

        // clientTimeout and any other key are ignored: Keyport has its own timeouts, and the
        // exo CLI adds keys over time that need not stop an import.

        const Result<Endpoint> resolved = account.endpoint();
        if (!resolved) {
            const toml::node *culprit = account.customEndpoint.isEmpty()
                ? (zone ? static_cast<const toml::node *>(zone) : environment)
                : endpoint;
            const Error cause = resolved.error();
            // The Endpoint's code (InvalidEndpoint, InsecureEndpoint) says more than InvalidInput.
            return Error(cause.code(),
                ExoConfig::tr("%1: the account \"%2\" has no usable API address. %3")
                    .arg(where(culprit ? *culprit : static_cast<const toml::node &>(table)), name,
                        cause.message()),
                cause.detail());
        }
        if (resolved.value().needsHostConfirmation()) {
            // Importing happens in one go, with no place to confirm each host: such an account
            // is added by hand, where Add Account asks for the confirmation.
            return Error(Error::Code::InvalidEndpoint,
                ExoConfig::tr("%1: the account \"%2\" cannot be imported. %3 To use this "
                              "address anyway, add the account with Add Account, which asks "
                              "you to confirm the host.")
                    .arg(where(*endpoint), name, resolved.value().hostWarning()));
        }
        if (!account.customEndpoint.isEmpty()) {
            // Saved in the one form Keyport writes itself: the full base URL ending in /v2.
            account.customEndpoint = resolved.value().baseUrl().toString();
        }
        return {};
    }

    Error readSecretCommand(
        toml::table &table, const QString &accountName, QStringList &command) const
    {
        toml::node *node = nullptr;
        QString spelling;
        if (const Error error = find(table, "secretcommand", node, &spelling); error)
            return error;
        if (!node)
            return {};
        const toml::array *array = node->as_array();
        if (!array || (!array->empty() && !array->is_homogeneous(toml::node_type::string))) {
            return Error::invalidInput(
                ExoConfig::tr("%1: in the account \"%2\", \"%3\" must be a list of text "
                              "strings, such as [\"pass\", \"show\", \"exoscale\"].")
                    .arg(where(*node), accountName, spelling));
        }
        for (const toml::node &element : *array)
            command.append(fromUtf8(element.as_string()->get()));
        if (command.isEmpty() || command.constFirst().isEmpty()) {
            return Error::invalidInput(
                ExoConfig::tr("%1: in the account \"%2\", \"%3\" must start with the program "
                              "to run.")
                    .arg(where(*node), accountName, spelling));
        }
        return {};
    }

    QString m_fileName;
};

} // namespace

QStringList ExoConfig::candidatePaths(const QProcessEnvironment &env)
{
    // An empty variable counts as unset, as in the exo CLI and the XDG specification.
    const QString explicitPath = env.value(u"EXOSCALE_CONFIG"_s);
    if (!explicitPath.isEmpty())
        return {explicitPath};

    const QString home = env.value(u"HOME"_s);
    QString configHome = env.value(u"XDG_CONFIG_HOME"_s);
    // The XDG specification says a relative XDG_CONFIG_HOME is invalid and must be ignored.
    if (QDir::isRelativePath(configHome))
        configHome.clear();
    if (configHome.isEmpty() && !home.isEmpty())
        configHome = home + u"/.config"_s;

    QStringList paths;
    if (!configHome.isEmpty())
        paths.append(QDir::cleanPath(configHome + u"/exoscale/exoscale.toml"_s));
    if (!home.isEmpty())
        paths.append(QDir::cleanPath(home + u"/.exoscale/exoscale.toml"_s));
    paths.removeDuplicates();
    return paths;
}

QString ExoConfig::locate(const QProcessEnvironment &env)
{
    const QStringList paths = candidatePaths(env);
    for (const QString &path : paths) {
        if (QFileInfo(path).isFile())
            return path;
    }
    return {};
}

Result<ExoConfig> ExoConfig::load(const QString &path)
{
    const QString shown = QDir::toNativeSeparators(path);
    const QFileInfo info(path);
    if (!info.exists()) {
        return Error::invalidInput(
            tr("The exo CLI configuration file %1 does not exist.").arg(shown));
    }
    if (info.isDir()) {
        return Error::invalidInput(
            tr("%1 is a folder, not an exo CLI configuration file.").arg(shown));
    }
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        return Error::invalidInput(tr("The exo CLI configuration file %1 could not be opened: %2")
                                       .arg(shown, file.errorString()));
    }
    // Ask for what a regular file holds (and one byte more, to see it grew past the limit):
    // asking read() for the limit allocates all of it first.
    const qint64 known = file.isSequential() ? 0 : file.size();
    QByteArray data = file.read(known > 0 && known <= maxFileSize ? known + 1 : maxFileSize + 1);
    if (known > 0 && data.size() > known && file.seek(0)) {
        // It grew between the two looks: read it again, as far as the limit allows.
        wipe(data);
        data = file.read(maxFileSize + 1);
    }
    if (file.error() != QFileDevice::NoError) {
        wipe(data);
        return Error::invalidInput(tr("The exo CLI configuration file %1 could not be read: %2")
                                       .arg(shown, file.errorString()));
    }
    if (data.size() > maxFileSize) {
        wipe(data);
        return Error::invalidInput(
            tr("The file %1 is too large to be an exo CLI configuration file.").arg(shown));
    }
    Result<ExoConfig> result = parse(data, shown);
    // The file holds secrets; do not leave them in freed memory.
    wipe(data);
    return result;
}

Result<ExoConfig> ExoConfig::parse(const QByteArray &toml, const QString &fileName)
{
    // toml++ 3.3 trusts its input to be UTF-8 and reaches undefined behaviour on some invalid
    // sequences (such as EF BB BD 03): it only ever sees checked bytes.
    if (const qsizetype offset = Utf8::firstInvalidOffset(toml); offset >= 0) {
        const QByteArrayView before = QByteArrayView(toml).first(offset);
        const qsizetype lineStart = before.lastIndexOf('\n') + 1;
        const QByteArrayView lineBefore = before.sliced(lineStart);
        // Columns count characters, as toml++'s do: every byte that starts one.
        const auto column = std::count_if(lineBefore.begin(), lineBefore.end(), [](char c) {
            return (static_cast<unsigned char>(c) & 0xC0) != 0x80;
        }) + 1;
        return Error::invalidInput(
            tr("%1, line %2, column %3: the file is not valid UTF-8 text (at byte offset %4).")
                .arg(fileName, QString::number(before.count('\n') + 1), QString::number(column),
                    QString::number(offset)));
    }
    std::optional<QByteArray> shielded = TomlShield::shield(toml);
    if (!shielded) {
        return Error::invalidInput(
            tr("%1 holds characters of the private use range U+F0000-U+FFFFF, which Keyport "
               "does not read in an exo CLI configuration file.")
                .arg(fileName));
    }
    // Wiped on every way out: it holds the secrets as much as the file does.
    const auto wipeShielded = qScopeGuard([&shielded] { wipe(*shielded); });
    const std::string_view document(shielded->constData(), static_cast<size_t>(shielded->size()));
    const auto syntaxError = [&fileName](const toml::parse_error &error) {
        const toml::source_position begin = error.source().begin;
        return Error::invalidInput(
            tr("%1, line %2, column %3: %4")
                .arg(fileName, QString::number(begin.line), QString::number(begin.column),
                    fromUtf8(error.description())));
    };

    toml::table root;
#if TOML_EXCEPTIONS
    try {
        root = toml::parse(document, std::string_view());
    } catch (const toml::parse_error &error) {
        return syntaxError(error);
    }
#else
    toml::parse_result parsed = toml::parse(document, std::string_view());
    if (!parsed)
        return syntaxError(parsed.error());
    root = std::move(parsed).table();
#endif
    Result<ExoConfig> config = ConfigReader(fileName).read(root);
    wipeStrings(root);
    return config;
}

const ExoConfigAccount *ExoConfig::account(const QString &name) const
{
    const auto found = std::find_if(accounts.cbegin(), accounts.cend(),
        [&name](const ExoConfigAccount &entry) { return entry.account.name == name; });
    return found == accounts.cend() ? nullptr : &*found;
}

} // namespace Keyport
