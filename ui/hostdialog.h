// SPDX-FileCopyrightText: 2026 SaaSOdoo
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/catalog/entities.h"
#include "core/common/result.h"
#include "dialogsave.h"

#include <QDialog>

#include <functional>

class QCheckBox;
class QDialogButtonBox;
class QDoubleSpinBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;

namespace saasodoo::secrets {
class SecretStore;
}

namespace saasodoo::ui {

class FormChecks;

// Adds or edits a host: its Docker engine and the PostgreSQL server for its
// instances. "Test Docker" and "Test PostgreSQL" run on a worker thread and
// report the engine and API versions and the admin role's privileges.
//
// The PostgreSQL password goes to the keychain, never to the catalog. When
// editing, an empty password field keeps the stored one. Save runs the
// PostgreSQL role check first when the connection settings are new or
// changed, then `save`, both on a worker thread (see DialogSave).
class HostDialog final : public QDialog
{
    Q_OBJECT

public:
    using SaveFunction = std::function<Result<catalog::Host>(const catalog::Host &)>;

    HostDialog(const catalog::Host &host, secrets::SecretStore *secrets, SaveFunction save,
        QWidget *parent = nullptr);
    ~HostDialog() override;

    catalog::Host host() const;
    const catalog::Host &saved() const { return m_saved; }
    // The password typed in the dialog; empty when unchanged.
    QString password() const;
    // The TLS key passphrase typed in the dialog; empty keeps the stored one.
    QString tlsKeyPassphrase() const;
    FormChecks *checks() const { return m_checks; }

    void accept() override;
    // Does nothing while a save runs.
    void reject() override;

    void testDocker();
    void testPostgres();

private:
    void clearSaveError();
    void setBusy(QPushButton *button, QLabel *result, bool busy);
    // Whether `record` differs from the stored host in what the PostgreSQL
    // role check depends on, or is new.
    bool postgresSettingsChanged(const catalog::Host &record) const;

    catalog::Host m_original;
    catalog::Host m_saved;
    secrets::SecretStore *m_secrets;
    SaveFunction m_save;
    FormChecks *m_checks = nullptr;

    QLineEdit *m_name = nullptr;
    QLineEdit *m_endpoint = nullptr;
    QLineEdit *m_tlsCa = nullptr;
    QLineEdit *m_tlsCert = nullptr;
    QLineEdit *m_tlsKey = nullptr;
    QLineEdit *m_tlsServerName = nullptr;
    QLineEdit *m_tlsKeyPassphrase = nullptr;
    QLineEdit *m_pgHost = nullptr;
    QSpinBox *m_pgPort = nullptr;
    QLineEdit *m_pgUser = nullptr;
    QLineEdit *m_pgPassword = nullptr;
    QLineEdit *m_pgContainerHost = nullptr;
    QCheckBox *m_allowSuperuser = nullptr;
    QLineEdit *m_baseDomain = nullptr;
    QLineEdit *m_imageRepository = nullptr;
    QLineEdit *m_dockerNetwork = nullptr;
    QSpinBox *m_portStart = nullptr;
    QSpinBox *m_portEnd = nullptr;
    QDoubleSpinBox *m_cpu = nullptr;
    QLineEdit *m_memory = nullptr;

    QPushButton *m_testDocker = nullptr;
    QLabel *m_dockerResult = nullptr;
    QPushButton *m_testPostgres = nullptr;
    QLabel *m_postgresResult = nullptr;
    QLabel *m_saveError = nullptr;
    DialogSave m_saving { this };
    QDialogButtonBox *m_buttons = nullptr;
};

} // namespace saasodoo::ui
