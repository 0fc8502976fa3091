// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>

namespace Keyport {

/// One thing wrong with an IAM v3 document, where it is: `path` is a JSON path such as
/// `services.sos.rules[1].expression` (empty for the document itself), `message` is translated.
struct PolicyProblem
{
    QString path;
    QString message;

    /// "<path>: <message>", or the message alone for the document itself.
    QString toString() const
    {
        return path.isEmpty() ? message : path + QStringLiteral(": ") + message;
    }

    friend bool operator==(const PolicyProblem &, const PolicyProblem &) = default;
};

using PolicyProblems = QList<PolicyProblem>;

} // namespace Keyport
