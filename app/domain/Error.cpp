// SPDX-License-Identifier: GPL-3.0-or-later
#include "Error.h"

namespace Keyport {

Error::Error(Code code, QString message, QString detail, int httpStatus)
    : m_code(code)
    , m_httpStatus(httpStatus)
    , m_message(std::move(message))
    , m_detail(std::move(detail))
{ }

Error Error::cancelled()
{
    return Error(Code::Cancelled, tr("The operation was cancelled."));
}

Error Error::invalidInput(const QString &message)
{
    return Error(Code::InvalidInput, message);
}

Error Error::malformedResponse(const QString &what)
{
    return Error(Code::MalformedResponse,
        tr("The server sent an answer Keyport cannot understand: %1").arg(what), what);
}

} // namespace Keyport
