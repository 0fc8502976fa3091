// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>
#include <QUrl>

namespace Keyport {

/// Help > About Keyport: the name, the version the build was made from, the licence, links to
/// the project's README and to Exoscale's IAM documentation, and the Qt versions. Open it with
/// open(); Esc or Close closes it.
class AboutDialog : public QDialog
{
    Q_OBJECT

public:
    explicit AboutDialog(QWidget *parent = nullptr);
    ~AboutDialog() override;

    /// The project's README (its home page).
    static QUrl readmeUrl();
    /// Exoscale's documentation of IAM.
    static QUrl iamDocumentationUrl();
    static QUrl licenceUrl();
};

} // namespace Keyport
