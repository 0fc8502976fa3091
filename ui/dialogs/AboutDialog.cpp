// SPDX-License-Identifier: GPL-3.0-or-later
#include "AboutDialog.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QtGlobal>
#include <QVBoxLayout>

namespace Keyport {

namespace {

QString link(const QUrl &url, const QString &text)
{
    return QStringLiteral("<a href=\"%1\">%2</a>")
        .arg(url.toString(QUrl::FullyEncoded).toHtmlEscaped(), text.toHtmlEscaped());
}

QLabel *textLabel(const QString &objectName, const QString &text, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    label->setObjectName(objectName);
    label->setWordWrap(true);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    return label;
}

/// A link the keyboard reaches (Tab) and follows (Return), opened in the desktop's browser.
QLabel *linkLabel(const QString &objectName, const QUrl &url, const QString &text, QWidget *parent)
{
    auto *label = new QLabel(link(url, text), parent);
    label->setObjectName(objectName);
    label->setTextFormat(Qt::RichText);
    label->setOpenExternalLinks(true);
    label->setTextInteractionFlags(Qt::TextBrowserInteraction);
    label->setFocusPolicy(Qt::StrongFocus);
    label->setAccessibleName(text);
    label->setAccessibleDescription(url.toString());
    label->setToolTip(url.toString());
    return label;
}

} // namespace

AboutDialog::AboutDialog(QWidget *parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("aboutDialog"));
    setWindowTitle(tr("About Keyport"));
    setAccessibleName(windowTitle());

    auto *name = textLabel(QStringLiteral("aboutName"), QStringLiteral("Keyport"), this);
    QFont nameFont = name->font();
    if (nameFont.pointSizeF() > 0) // -1 for a font sized in pixels
        nameFont.setPointSizeF(nameFont.pointSizeF() * 1.5);
    nameFont.setBold(true);
    name->setFont(nameFont);
    auto *version = textLabel(QStringLiteral("aboutVersion"),
        tr("Version %1").arg(QStringLiteral(KEYPORT_VERSION)), this);
    auto *summary = textLabel(QStringLiteral("aboutSummary"),
        tr("Manages Exoscale IAM access keys, and keeps their secrets in the system keychain."),
        this);
    auto *licence = textLabel(QStringLiteral("aboutLicence"),
        tr("Free software under the GNU General Public License, version 3 or any later version "
           "(GPL-3.0-or-later). It comes with no warranty."),
        this);
    auto *licenceLink = linkLabel(QStringLiteral("aboutLicenceLink"), licenceUrl(),
        tr("The GNU General Public License"), this);
    auto *readme = linkLabel(
        QStringLiteral("aboutReadme"), readmeUrl(), tr("Keyport's README: how to use it"), this);
    auto *iam = linkLabel(QStringLiteral("aboutIamDocumentation"), iamDocumentationUrl(),
        tr("Exoscale's IAM documentation"), this);
    auto *qt = textLabel(QStringLiteral("aboutQtVersion"),
        tr("Built with Qt %1, running with Qt %2.")
            .arg(QStringLiteral(QT_VERSION_STR), QString::fromLatin1(qVersion())),
        this);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->setObjectName(QStringLiteral("aboutButtons"));
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(name);
    layout->addWidget(version);
    layout->addWidget(summary);
    layout->addSpacing(name->fontMetrics().height() / 2);
    layout->addWidget(readme);
    layout->addWidget(iam);
    layout->addSpacing(name->fontMetrics().height() / 2);
    layout->addWidget(licence);
    layout->addWidget(licenceLink);
    layout->addWidget(qt);
    layout->addWidget(buttons);
}

AboutDialog::~AboutDialog() = default;

QUrl AboutDialog::readmeUrl()
{
    return QUrl(QStringLiteral(KEYPORT_HOMEPAGE_URL "#readme"));
}

QUrl AboutDialog::iamDocumentationUrl()
{
    return QUrl(QStringLiteral("https://community.exoscale.com/documentation/iam/"));
}

QUrl AboutDialog::licenceUrl()
{
    return QUrl(QStringLiteral("https://www.gnu.org/licenses/gpl-3.0.html"));
}

} // namespace Keyport
