// SPDX-License-Identifier: GPL-3.0-or-later
#include "AccessKeysPage.h"

#include "accounts/AccountStore.h"
#include "models/AccessKeyFilterModel.h"
#include "models/AccessKeyModel.h"
#include "services/AccountSession.h"
#include "widgets/AccessKeyItemDelegate.h"
#include "widgets/ErrorBanner.h"

#include <QComboBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QSettings>
#include <QStackedWidget>
#include <QStyle>
#include <QTableView>
#include <QVBoxLayout>

namespace Keyport {

namespace {

const QString nameWidthKey = QStringLiteral("keyTable/nameWidth");
const QString keyWidthKey = QStringLiteral("keyTable/keyWidth");

} // namespace

AccessKeysPage::AccessKeysPage(
    AccountStore *accounts, ErrorBanner *banner, QSettings *settings, QWidget *parent)
    : QWidget(parent)
    , m_accounts(accounts)
    , m_model(new AccessKeyModel(this))
    , m_filter(new AccessKeyFilterModel(this))
    , m_banner(banner)
    , m_settings(settings)
    , m_staleLabel(new QLabel(this))
    , m_search(new QLineEdit(this))
    , m_typeFilter(new QComboBox(this))
    , m_count(new QLabel(this))
    , m_listStack(new QStackedWidget(this))
    , m_table(new QTableView(this))
    , m_delegate(new AccessKeyItemDelegate(m_table))
    , m_noMatch(new QWidget(this))
    , m_noMatchLabel(new QLabel(tr("No key matches."), m_noMatch))
    , m_clear(new QPushButton(tr("C&lear Search"), m_noMatch))
{
    setObjectName(QStringLiteral("accessKeysPage"));
    m_search->setObjectName(QStringLiteral("searchField"));
    m_search->setPlaceholderText(tr("Search names, keys, tags, operations, resources"));
    m_search->setClearButtonEnabled(true);
    m_search->setAccessibleName(tr("Search"));
    m_typeFilter->setObjectName(QStringLiteral("typeFilter"));
    m_typeFilter->addItem(tr("All types"), int(AccessKeyFilterModel::TypeFilter::All));
    m_typeFilter->addItem(tr("Restricted"), int(AccessKeyFilterModel::TypeFilter::Restricted));
    m_typeFilter->addItem(tr("Unrestricted"), int(AccessKeyFilterModel::TypeFilter::Unrestricted));
    m_typeFilter->setAccessibleName(tr("Type"));
    m_count->setObjectName(QStringLiteral("keyCount"));
    m_staleLabel->setObjectName(QStringLiteral("staleLabel"));
    m_staleLabel->setWordWrap(true);
    m_staleLabel->hide();
    m_generationNote = new QLabel(this);
    m_generationNote->setObjectName(QStringLiteral("generationNote"));
    m_generationNote->setWordWrap(true);
    m_generationNote->setText(
        tr("This account signs with an IAM API key. Legacy access keys are created and revoked "
           "with a legacy access key: add an account that signs with one to manage them here. "
           "This account's API keys, roles and organization policy are in its other sections."));
    m_generationNote->hide();

    m_filter->setSourceModel(m_model);
    m_table->setObjectName(QStringLiteral("keyTable"));
    m_table->setModel(m_filter);
    m_table->setAccessibleName(tr("Access keys"));
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(AccessKeyModel::NameColumn, Qt::AscendingOrder);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setWordWrap(false);
    // A key id elided in the middle keeps both ends, which is how people compare them.
    m_table->setTextElideMode(Qt::ElideMiddle);
    m_table->setItemDelegate(m_delegate);
    m_table->verticalHeader()->hide();
    m_table->setContextMenuPolicy(Qt::ActionsContextMenu);
    m_table->viewport()->installEventFilter(this);
    setUpColumns();

    m_noMatch->setObjectName(QStringLiteral("noMatchState"));
    m_noMatchLabel->setObjectName(QStringLiteral("noMatchLabel"));
    m_noMatchLabel->setAlignment(Qt::AlignCenter);
    m_clear->setObjectName(QStringLiteral("clearSearchButton"));
    auto *noMatchLayout = new QVBoxLayout(m_noMatch);
    noMatchLayout->addStretch(1);
    noMatchLayout->addWidget(m_noMatchLabel);
    noMatchLayout->addWidget(m_clear, 0, Qt::AlignHCenter);
    noMatchLayout->addStretch(2);
    m_listStack->addWidget(m_table);
    m_listStack->addWidget(m_noMatch);

    auto *filterBar = new QHBoxLayout;
    filterBar->addWidget(m_search, 1);
    filterBar->addWidget(m_typeFilter);
    filterBar->addWidget(m_count);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_generationNote);
    layout->addWidget(m_staleLabel);
    layout->addLayout(filterBar);
    layout->addWidget(m_listStack, 1);

    connect(m_search, &QLineEdit::textChanged, this, [this](const QString &text) {
        m_filter->setFilterText(text);
        // The details say why the selected key matches the new text.
        Q_EMIT selectionChanged();
    });
    connect(m_typeFilter, &QComboBox::currentIndexChanged, this, [this] {
        m_filter->setTypeFilter(
            AccessKeyFilterModel::TypeFilter(m_typeFilter->currentData().toInt()));
    });
    connect(m_clear, &QPushButton::clicked, this, [this] {
        clearFilter();
        m_search->setFocus(Qt::OtherFocusReason);
    });
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this,
        &AccessKeysPage::selectionChanged);
    connect(m_filter, &AccessKeyFilterModel::countsChanged, this, &AccessKeysPage::updateCount);
    // The summaries' room is measured again when the keys change, not at every paint.
    for (const auto signal : {&QAbstractItemModel::rowsInserted, &QAbstractItemModel::rowsRemoved})
        connect(m_model, signal, this, [this] { m_restrictionsMinimum = 0; });
    connect(m_model, &QAbstractItemModel::modelReset, this, [this] { m_restrictionsMinimum = 0; });
    connect(m_model, &QAbstractItemModel::dataChanged, this, [this] { m_restrictionsMinimum = 0; });
    if (m_accounts) {
        connect(m_accounts, &AccountStore::storedKeySecretsChanged, this,
            [this](const QString &account) {
                if (m_session && account == m_session->account().name)
                    reloadKeys();
            });
    }
    updateCount();
}

AccessKeysPage::~AccessKeysPage() = default;

void AccessKeysPage::reloadKeys()
{
    if (!m_session)
        return;
    if (m_accounts)
        m_model->setStoredSecrets(m_accounts->storedKeySecretPlaces(m_session->account().name));
    m_model->setKeys(m_session->keys());
    if (!m_table->selectionModel()->hasSelection() && m_filter->rowCount() > 0)
        m_table->selectRow(0);
    Q_EMIT selectionChanged();
}

void AccessKeysPage::setUpColumns()
{
    QHeaderView *header = m_table->horizontalHeader();
    header->setStretchLastSection(false);
    header->setSectionResizeMode(QHeaderView::Interactive);
    // Type and Secret hold a word each: measured once, from their longest text and header, so
    // they neither re-measure rows at each change nor clip a translated header.
    const QFontMetrics cells = m_table->fontMetrics();
    const QFontMetrics headers = header->fontMetrics();
    // The header's margins and its sort arrow.
    const int padding = 2 * m_table->style()->pixelMetric(QStyle::PM_HeaderMargin) + 16;
    const auto widthFor = [&](int column, const QStringList &texts) {
        int width
            = headers.horizontalAdvance(m_model->headerData(column, Qt::Horizontal).toString());
        for (const QString &text : texts)
            width = std::max(width, cells.horizontalAdvance(text));
        return width + padding;
    };
    AccessKey restricted;
    restricted.type = AccessKey::Type::Restricted;
    AccessKey unrestricted;
    unrestricted.type = AccessKey::Type::Unrestricted;
    header->setSectionResizeMode(AccessKeyModel::TypeColumn, QHeaderView::Fixed);
    header->resizeSection(AccessKeyModel::TypeColumn,
        widthFor(AccessKeyModel::TypeColumn,
            {AccessKeyModel::typeText(restricted), AccessKeyModel::typeText(unrestricted)}));
    // Secret: measured with the places the list names, when the keys change (fitColumns).
    header->setSectionResizeMode(AccessKeyModel::SecretColumn, QHeaderView::Fixed);
    // Name and Key: the person's widths, kept across runs; the whole id needs about 27
    // characters, an elided one ("EXO12…ab34") stays readable at a third of that.
    const int keyWidth
        = cells.horizontalAdvance(QStringLiteral("EXO0123456789abcdef01234567")) + padding;
    m_nameWidth = m_settings ? m_settings->value(nameWidthKey, 160).toInt() : 160;
    m_keyWidth = m_settings ? m_settings->value(keyWidthKey, keyWidth).toInt() : keyWidth;
    header->resizeSection(AccessKeyModel::NameColumn, m_nameWidth);
    header->resizeSection(AccessKeyModel::KeyColumn, m_keyWidth);
    connect(header, &QHeaderView::sectionResized, this, [this](int section, int, int width) {
        // The person's own widths: kept, and given back whenever the window has room.
        if (m_fitting)
            return;
        if (section == AccessKeyModel::NameColumn)
            m_nameWidth = width;
        else if (section == AccessKeyModel::KeyColumn)
            m_keyWidth = width;
        else
            return;
        if (m_settings)
            m_settings->setValue(
                section == AccessKeyModel::NameColumn ? nameWidthKey : keyWidthKey, width);
        fitColumns();
    });
}

void AccessKeysPage::fitColumns()
{
    if (m_fitting)
        return;
    m_fitting = true;
    QHeaderView *header = m_table->horizontalHeader();
    const QFontMetrics cells = m_table->fontMetrics();
    // What the summaries need at least in their compact form ("sos · 3 op(s)"), and the header.
    if (m_restrictionsMinimum == 0) {
        QStyleOptionViewItem option;
        option.initFrom(m_table);
        // Where the secret is, in a few words; a long translation is elided, whole in the
        // tooltip, rather than pushing the summaries out of sight.
        header->resizeSection(AccessKeyModel::SecretColumn,
            std::min(m_delegate->minimumSectionWidth(m_filter, AccessKeyModel::SecretColumn, option)
                    + 12,
                std::max(header->fontMetrics().horizontalAdvance(
                             m_model->headerData(AccessKeyModel::SecretColumn, Qt::Horizontal)
                                 .toString())
                        + 32,
                    cells.averageCharWidth() * 18)));
        m_restrictionsMinimum = std::max(
            // A little slack: the style's text margins differ between styles and fonts.
            m_delegate->minimumSectionWidth(m_filter, AccessKeyModel::RestrictionsColumn, option)
                + 12,
            header->fontMetrics().horizontalAdvance(
                m_model->headerData(AccessKeyModel::RestrictionsColumn, Qt::Horizontal).toString())
                + 32);
    }
    const int restrictionsMinimum = m_restrictionsMinimum;
    const int available = m_table->viewport()->width();
    const int fixed = header->sectionSize(AccessKeyModel::TypeColumn)
        + header->sectionSize(AccessKeyModel::SecretColumn);
    int name = m_nameWidth;
    int key = m_keyWidth;
    const int nameMinimum = cells.horizontalAdvance(QStringLiteral("mmmmmmmm"));
    const int keyMinimum = cells.horizontalAdvance(QStringLiteral("EXO012…cdef")) + 16;
    int shortfall = restrictionsMinimum - (available - fixed - name - key);
    if (shortfall > 0) {
        const int fromKey = std::min(shortfall, std::max(0, key - keyMinimum));
        key -= fromKey;
        shortfall -= fromKey;
        name -= std::min(shortfall, std::max(0, name - nameMinimum));
    }
    header->resizeSection(AccessKeyModel::NameColumn, name);
    header->resizeSection(AccessKeyModel::KeyColumn, key);
    header->resizeSection(AccessKeyModel::RestrictionsColumn,
        std::max(restrictionsMinimum, available - fixed - name - key));
    m_fitting = false;
}

void AccessKeysPage::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    fitColumns();
}

bool AccessKeysPage::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_table->viewport() && event->type() == QEvent::Resize)
        fitColumns();
    return QWidget::eventFilter(watched, event);
}

void AccessKeysPage::updateCount()
{
    m_count->setText(m_filter->countText());
    m_count->setAccessibleName(m_count->text());
    // An empty list because nothing matches says so, with the way back; an account without
    // keys keeps its (empty) table.
    const bool noMatch
        = m_filter->isFiltering() && m_filter->matchingCount() == 0 && m_filter->totalCount() > 0;
    m_listStack->setCurrentWidget(noMatch ? m_noMatch : m_table);
    if (m_restrictionsMinimum == 0)
        fitColumns();
}

QString AccessKeysPage::searchText() const
{
    return m_search->text();
}

void AccessKeysPage::clearFilter()
{
    m_search->clear();
    m_typeFilter->setCurrentIndex(0);
}

void AccessKeysPage::focusSearch()
{
    m_search->setFocus(Qt::ShortcutFocusReason);
    m_search->selectAll();
}

std::optional<AccessKey> AccessKeysPage::selectedKey() const
{
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    if (rows.size() != 1)
        return std::nullopt;
    return rows.constFirst().data(AccessKeyModel::AccessKeyRole).value<AccessKey>();
}

AccessKeys AccessKeysPage::selectedKeys() const
{
    AccessKeys keys;
    for (const QModelIndex &row : m_table->selectionModel()->selectedRows())
        keys.append(row.data(AccessKeyModel::AccessKeyRole).value<AccessKey>());
    return keys;
}

bool AccessKeysPage::selectKey(const QString &keyId)
{
    const int sourceRow = m_model->rowOf(keyId);
    if (sourceRow < 0)
        return false;
    QModelIndex index = m_filter->mapFromSource(m_model->index(sourceRow, 0));
    if (!index.isValid()) {
        // Filtered out: a key someone just created must not stay hidden.
        clearFilter();
        index = m_filter->mapFromSource(m_model->index(sourceRow, 0));
    }
    // Through the view, not its selection model: the view then also takes the row as the anchor
    // of Shift+arrow selections, instead of whatever row was clicked last.
    m_table->setCurrentIndex(index);
    m_table->scrollTo(index);
    return true;
}

void AccessKeysPage::setSession(AccountSession *session)
{
    if (m_session)
        disconnect(m_session, nullptr, this, nullptr);
    m_session = session;
    m_bannerShowsLoad = false;
    m_staleLabel->hide();
    m_model->setKeys({});
    m_model->setSigningKey(session ? session->account().apiKey : QString());
    m_filter->setCatalog({});
    showGenerationNote();
    if (!session)
        return;
    connect(session, &AccountSession::signerGenerationKnown, this, [this] {
        showGenerationNote();
        showLoadState();
    });
    connect(session, &AccountSession::keysChanged, this, &AccessKeysPage::reloadKeys);
    connect(session, &AccountSession::catalogChanged, this, [this] {
        m_filter->setCatalog(m_session->catalog());
        Q_EMIT selectionChanged();
    });
    connect(session, &AccountSession::failed, this, &AccessKeysPage::showLoadState);
    connect(session, &AccountSession::stillWaiting, this, [this] {
        const QString notice = tr("Exoscale has not answered yet. Keyport keeps waiting; you can "
                                  "cancel, or try again.");
        const QString problems = loadProblems();
        if (m_banner)
            m_banner->showMessage(
                problems.isEmpty() ? notice : notice + u'\n' + problems, true, true);
        m_bannerShowsLoad = true;
    });
    connect(session, &AccountSession::refreshPostponed, this, [this](const QDateTime &at) {
        if (m_banner)
            m_banner->showMessage(tr("Exoscale asked Keyport to wait before asking again: the "
                                     "list will be refreshed at %1.")
                                      .arg(QLocale().toString(at.time(), QLocale::LongFormat)),
                false);
        m_bannerShowsLoad = true;
    });
    connect(session, &AccountSession::refreshed, this, [this] {
        showStaleState();
        showLoadState();
    });
}

void AccessKeysPage::showStaleState()
{
    if (!m_session || !m_session->isStale()) {
        m_staleLabel->hide();
        return;
    }
    const QString time = QLocale().toString(m_session->lastRefresh().time(), QLocale::ShortFormat);
    m_staleLabel->setText(m_session->wasCancelled()
            ? tr("This list is from %1 and may be out of date: loading was cancelled.").arg(time)
            : tr("This list is from %1 and may be out of date: the last refresh failed.")
                  .arg(time));
    m_staleLabel->show();
}

void AccessKeysPage::showGenerationNote()
{
    m_generationNote->setVisible(
        m_session && m_session->signerGeneration() == KeyGeneration::IamApiKey);
}

QString AccessKeysPage::loadProblems() const
{
    // An API key's refusal is no failure: the note says why the section is empty.
    if (!m_session || m_session->signerGeneration() == KeyGeneration::IamApiKey)
        return {};
    QStringList lines;
    QStringList reasons;
    const auto add = [&](const Error &error, const QString &failed, const QString &failedToo) {
        if (!error)
            return;
        if (reasons.contains(error.message())) {
            lines.append(failedToo);
            return;
        }
        reasons.append(error.message());
        lines.append(failed.arg(error.message()));
    };
    add(m_session->error(AccountSession::List::Keys), tr("The key list could not be loaded: %1"),
        tr("The key list could not be loaded either, for the same reason."));
    add(m_session->error(AccountSession::List::KnownOperations),
        tr("The list of operations keys may be restricted to could not be loaded: %1"),
        tr("The list of operations keys may be restricted to could not be loaded either, for the "
           "same reason."));
    const Error own = m_session->error(AccountSession::List::OwnOperations);
    // A 403 is a restricted key's normal answer: the status bar says it, it is no failure.
    if (own.code() != Error::Code::AccessDenied) {
        add(own, tr("The signing key's own rights could not be listed: %1"),
            tr("The signing key's own rights could not be listed either, for the same reason."));
    }
    return lines.join(u'\n');
}

void AccessKeysPage::showLoadState()
{
    if (!m_session || !m_banner)
        return;
    const QString problems = loadProblems();
    if (!problems.isEmpty()) {
        m_banner->showMessage(problems, true, m_session->isLoading());
        m_bannerShowsLoad = true;
    } else if (m_bannerShowsLoad && !m_session->isLoading()) {
        m_banner->hide();
        m_bannerShowsLoad = false;
    }
}

} // namespace Keyport
