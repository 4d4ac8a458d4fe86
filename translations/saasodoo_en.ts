<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>BackupActions</name>
    <message>
        <location filename="../ui/backupactions.cpp" line="33"/>
        <source>Back up instance %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/backupactions.cpp" line="49"/>
        <source>Verify backup %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/backupactions.cpp" line="60"/>
        <source>Download backup %1 from S3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/backupactions.cpp" line="70"/>
        <source>deleted in the console</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/backupactions.cpp" line="72"/>
        <source>Delete backup %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/backupactions.cpp" line="84"/>
        <source>Restore %1 into %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/backupactions.cpp" line="101"/>
        <source>Restore %1 as new instance %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BackupInspector</name>
    <message>
        <location filename="../ui/backupinspection.cpp" line="91"/>
        <source>the file does not exist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/backupinspection.cpp" line="95"/>
        <source>it is a folder; drop the backup&apos;s .zip or .dump file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/backupinspection.cpp" line="101"/>
        <source>only .zip (Odoo backup) and .dump (pg_dump custom format) files can be restored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/backupinspection.cpp" line="107"/>
        <source>it cannot be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/backupinspection.cpp" line="116"/>
        <source>it does not start with PGDMP, so it is not a pg_dump custom-format archive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/backupinspection.cpp" line="122"/>
        <source>it is not a zip archive (no central directory found)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/backupinspection.cpp" line="126"/>
        <source>its zip directory is damaged or larger than the console reads</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/backupinspection.cpp" line="159"/>
        <source>the zip lacks %1 at its top level, so it is not an Odoo backup</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Catalog</name>
    <message>
        <location filename="../core/catalog/catalogconfig.cpp" line="27"/>
        <source>Could not configure the catalog connection (%1): %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/catalog/catalogconfig.cpp" line="71"/>
        <source>Catalog location &quot;%1&quot; is invalid: expected postgresql://user@host[:port]/database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/catalog/catalogconfig.cpp" line="76"/>
        <source>Catalog location must not contain a password. Store it in the keychain, PGPASSWORD or ~/.pgpass.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/catalog/catalogconfig.cpp" line="96"/>
        <source>The Qt SQL driver for %1 is not installed (package libqt6sql6-%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/catalog/catalogconfig.cpp" line="122"/>
        <source>Could not open the catalog %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/catalog/cataloginstances.cpp" line="113"/>
        <source>Database name &quot;%1&quot; is already used on PostgreSQL server %2: database names are unique per server. Choose another database name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/catalog/sqldialect.cpp" line="115"/>
        <source>The catalog column %1 does not contain %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConnectionTests</name>
    <message>
        <location filename="../ui/connectiontests.cpp" line="51"/>
        <source>Docker Engine %1 (%2/%3), API %4; the console will use API %5.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/connectiontests.cpp" line="57"/>
        <source>yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/connectiontests.cpp" line="57"/>
        <source>no</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/connectiontests.cpp" line="58"/>
        <source>Connected as %1 to PostgreSQL %2.%3. CREATEDB: %4, CREATEROLE: %5, superuser: %6.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>InstanceJobs</name>
    <message>
        <location filename="../ui/instancejobs.cpp" line="13"/>
        <source>Create instance %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/instancejobs.cpp" line="30"/>
        <source>Delete instance %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/instancejobs.cpp" line="53"/>
        <source>Start instance %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/instancejobs.cpp" line="58"/>
        <source>Stop instance %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/instancejobs.cpp" line="63"/>
        <source>Restart instance %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/instancejobs.cpp" line="70"/>
        <source>Suspend instance %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/instancejobs.cpp" line="71"/>
        <source>Suspended in the console.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/instancejobs.cpp" line="79"/>
        <source>Resume instance %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/instancejobs.cpp" line="110"/>
        <source>Update modules of %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/instancejobs.cpp" line="122"/>
        <source>Change limits of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/instancejobs.cpp" line="135"/>
        <source>Change environment variables of %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Jobs</name>
    <message>
        <location filename="../core/jobs/jobcontext.cpp" line="46"/>
        <source>Cancelled by the admin.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Lifecycle</name>
    <message>
        <location filename="../core/provisioning/lifecycle.cpp" line="83"/>
        <source>Cannot %1 instance %2: it is %3, and no action is allowed until that finishes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/provisioning/lifecycle.cpp" line="86"/>
        <source>Cannot %1 instance %2: it is %3. Allowed now: %4.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Paynow</name>
    <message>
        <location filename="../core/billing/paynowclient.cpp" line="42"/>
        <source>The request to Paynow at %1 timed out after %2 s. Check the internet connection and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/billing/paynowclient.cpp" line="47"/>
        <source>The request to Paynow at %1 failed: %2. Check the internet connection and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/billing/paynowclient.cpp" line="51"/>
        <source>Paynow at %1 answered with HTTP status %2. Try again later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/billing/paynowclient.cpp" line="110"/>
        <source>The Paynow integration key is missing. Enter it in the Paynow settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/billing/paynowclient.cpp" line="126"/>
        <source>Paynow accepted web payment %1 but sent no browser URL for the customer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/billing/paynowclient.cpp" line="142"/>
        <source>The Paynow poll URL &quot;%1&quot; is invalid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/billing/paynowform.cpp" line="41"/>
        <source>The Paynow message has a malformed percent-escape at byte %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/billing/paynowform.cpp" line="55"/>
        <source>The Paynow message is not valid UTF-8 near byte %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/billing/paynowform.cpp" line="150"/>
        <source>The Paynow message has no hash, so it cannot be verified. It was rejected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/billing/paynowform.cpp" line="154"/>
        <source>The Paynow message was rejected because its hash does not match its contents: it was altered on the way, or signed with a different integration key. Check the integration key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/billing/paynowmessages.cpp" line="22"/>
        <source>The Paynow %1 &quot;%2&quot; is not a valid http or https URL. Check the Paynow settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/billing/paynowmessages.cpp" line="45"/>
        <source>Paynow returned an error without a message.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/billing/paynowmessages.cpp" line="46"/>
        <source>Paynow rejected the request: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/billing/paynowmessages.cpp" line="49"/>
        <source>The Paynow reply has no status field, so it is not a Paynow message.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/billing/paynowmessages.cpp" line="72"/>
        <source>The Paynow integration ID is missing. Enter it in the Paynow settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/billing/paynowmessages.cpp" line="76"/>
        <source>The payment has no reference. Give it the invoice number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/billing/paynowmessages.cpp" line="80"/>
        <source>The amount %1 of payment %2 is invalid: it must be greater than zero.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/billing/paynowmessages.cpp" line="84"/>
        <source>return URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/billing/paynowmessages.cpp" line="86"/>
        <source>result URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/billing/paynowmessages.cpp" line="116"/>
        <source>%1 express checkout needs the customer&apos;s email address, but &quot;%2&quot; is not one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/billing/paynowmessages.cpp" line="140"/>
        <source>Paynow answered the payment request with the unexpected status &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/billing/paynowmessages.cpp" line="148"/>
        <source>Paynow accepted the payment but its reply has no valid poll URL, so the payment cannot be followed. Check the payment on Paynow&apos;s website.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/billing/paynowmessages.cpp" line="169"/>
        <source>The Paynow status update has the unknown status &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/billing/paynowmessages.cpp" line="177"/>
        <source>The Paynow status update has no reference, so it cannot be matched to a payment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/billing/paynowpoller.cpp" line="48"/>
        <source>Checking payment %1 with Paynow was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/billing/paynowpoller.cpp" line="57"/>
        <source>Paynow sent no final status for payment %1 within %2 s, so it is still pending. Check it again later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/billing/paynowtracker.cpp" line="63"/>
        <source>Payment %1 is already being followed. Give each Paynow payment a new reference.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/billing/paynowtracker.cpp" line="80"/>
        <source>Paynow sent a status update for payment %1, which the console did not start. It was ignored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/billing/paynowtracker.cpp" line="87"/>
        <source>Paynow sent a status update for payment %1 with the amount %2, but the payment is for %3. It was ignored; check the payment on Paynow&apos;s website.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/billing/paynowtracker.cpp" line="94"/>
        <source>Paynow sent a status update for payment %1 with Paynow reference %2, but the payment has Paynow reference %3. It was ignored; check the payment on Paynow&apos;s website.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/billing/phonenumbers.cpp" line="25"/>
        <source>077 or 078</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/billing/phonenumbers.cpp" line="27"/>
        <source>071</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/billing/phonenumbers.cpp" line="29"/>
        <source>073</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/billing/phonenumbers.cpp" line="113"/>
        <source>&quot;%1&quot; is not a Zimbabwean mobile number. Enter 10 digits starting with 07, such as 0771234567, or the international form +263 77 123 4567.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/billing/phonenumbers.cpp" line="149"/>
        <source>%1 is on the %2 network, but %3 works only with %4 numbers, which start with %5. Use the number of the customer&apos;s %3 wallet or choose another payment method.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/billing/phonenumbers.cpp" line="155"/>
        <source>%1 is not on any Zimbabwean mobile network, but %2 works only with %3 numbers, which start with %4.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Postgres</name>
    <message>
        <location filename="../core/postgres/passfile.cpp" line="24"/>
        <source>Could not create a password file in %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/postgres/passfile.cpp" line="34"/>
        <source>Could not write the password file %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StatusText</name>
    <message>
        <location filename="../ui/statustext.cpp" line="14"/>
        <source>Creating</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/statustext.cpp" line="15"/>
        <source>Starting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/statustext.cpp" line="16"/>
        <location filename="../ui/statustext.cpp" line="65"/>
        <source>Running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/statustext.cpp" line="17"/>
        <source>Stopping</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/statustext.cpp" line="18"/>
        <source>Stopped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/statustext.cpp" line="19"/>
        <source>Restarting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/statustext.cpp" line="20"/>
        <location filename="../ui/statustext.cpp" line="35"/>
        <source>Suspended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/statustext.cpp" line="21"/>
        <source>Updating</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/statustext.cpp" line="22"/>
        <source>Backing up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/statustext.cpp" line="23"/>
        <source>Restoring</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/statustext.cpp" line="24"/>
        <source>Error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/statustext.cpp" line="25"/>
        <source>Deleting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/statustext.cpp" line="26"/>
        <source>Deleted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/statustext.cpp" line="34"/>
        <location filename="../ui/statustext.cpp" line="44"/>
        <source>Active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/statustext.cpp" line="36"/>
        <source>Closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/statustext.cpp" line="45"/>
        <source>Maintenance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/statustext.cpp" line="46"/>
        <source>Retired</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/statustext.cpp" line="54"/>
        <source>Development</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/statustext.cpp" line="55"/>
        <source>Staging</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/statustext.cpp" line="56"/>
        <source>Production</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/statustext.cpp" line="64"/>
        <source>Queued</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/statustext.cpp" line="66"/>
        <source>Succeeded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/statustext.cpp" line="67"/>
        <source>Failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/statustext.cpp" line="68"/>
        <source>Cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/statustext.cpp" line="69"/>
        <source>Interrupted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/statustext.cpp" line="96"/>
        <source>%1 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/statustext.cpp" line="98"/>
        <source>%1 min %2 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/statustext.cpp" line="99"/>
        <source>%1 h %2 min</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cli</name>
    <message>
        <location filename="../app/main_cli.cpp" line="22"/>
        <source>Usage: saasodoo [--version] [--help] &lt;command&gt; [options]

Drives the same core as SaaSOdoo Console, for scripting.

Commands:
  host       add, list, check, set-password and set-tls-passphrase
  customer   add, list and show customers
  tenant     add, list and show tenants
  instance   create, list, show, logs, start, stop, restart, suspend,
             resume, update, set-limits, set-env, retry and delete
  job        list and show jobs with their logs
  backup     create, list, verify, download, delete, run-due, policy
             and set-s3-credentials
  restore    restore a backup id or file --into an instance
  plan       create, list and show billing plans
  subscription  create, list, show, change-plan and cancel
  invoice    generate, list, show, pdf and void
  payment    request (web or mobile), poll, list and set-integration
  billing    settings, set (VAT rate, company details, Paynow URLs) and
             summary (revenue, outstanding and overdue totals)
  dunning    preview and run the daily billing run

Exit codes: 0 success, 2 usage error, 3 invalid input, 4 the operation failed.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/main_cli.cpp" line="94"/>
        <source>saasodoo: unknown command &apos;%1&apos;. Run &apos;saasodoo --help&apos; for the list.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <location filename="../app/main_console.cpp" line="40"/>
        <source>SaaSOdoo Console</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/main_console.cpp" line="46"/>
        <source>Hosting administration for Odoo.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/main_console.cpp" line="50"/>
        <source>Open the console on &lt;pane&gt;: dashboard, customers, tenants, instances, backups, subscriptions, hosts or jobs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/main_console.cpp" line="52"/>
        <source>pane</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/main_console.cpp" line="54"/>
        <source>Save a PNG of the window to &lt;file&gt; once it is shown, then quit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/main_console.cpp" line="55"/>
        <source>file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/main_console.cpp" line="57"/>
        <source>Quit as soon as the window is shown (checks that the console starts).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/main_console.cpp" line="59"/>
        <source>Open the catalog at &lt;location&gt;: an SQLite file or postgresql://user@host[:port]/database (default: $SAASODOO_CATALOG, else catalog.sqlite in the application-data directory).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/main_console.cpp" line="62"/>
        <source>location</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/main_console.cpp" line="65"/>
        <source>Backup files (.zip or .dump) to offer for restore.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/main_console.cpp" line="98"/>
        <source>Unknown pane: %1. Use one of: dashboard, customers, tenants, instances, backups, subscriptions, hosts, jobs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/main_console.cpp" line="123"/>
        <source>Could not write the screenshot to %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>saasodoo::backup</name>
    <message>
        <location filename="../core/backup/backupreader.cpp" line="38"/>
        <source>%1 starts like a pg_dump custom-format file but pg_restore cannot read it: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/backup/backupreader.cpp" line="54"/>
        <source>a member has an empty name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/backup/backupreader.cpp" line="56"/>
        <source>member %1 has an absolute path</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/backup/backupreader.cpp" line="58"/>
        <source>member %1 contains a backslash</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/backup/backupreader.cpp" line="60"/>
        <source>member %1 contains &quot;..&quot; and would be written outside the restore directory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/backup/backupreader.cpp" line="70"/>
        <source>Backup file %1 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/backup/backupreader.cpp" line="72"/>
        <source>%1 is not a backup file: choose a .zip or .dump file, not a folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/backup/backupreader.cpp" line="77"/>
        <source>Could not open backup file %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/backup/backupreader.cpp" line="85"/>
        <source>%1 is not an Odoo backup: it is neither a zip file nor a pg_dump custom-format dump.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/backup/backupreader.cpp" line="93"/>
        <source>Backup file %1 is damaged or truncated (its zip directory is unreadable): %2. Copy or download it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/backup/backupreader.cpp" line="106"/>
        <source>Backup file %1 is damaged or truncated: %2. Copy or download it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/backup/backupreader.cpp" line="111"/>
        <location filename="../core/backup/restore.cpp" line="324"/>
        <source>Backup file %1 was rejected because %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/backup/backupreader.cpp" line="114"/>
        <source>Backup file %1 was rejected because member %2 is a symbolic link, which could point outside the filestore.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/backup/backupreader.cpp" line="120"/>
        <source>Backup file %1 was rejected because member %2 is not a regular file (a device, FIFO or socket).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/backup/backupreader.cpp" line="131"/>
        <source>Backup file %1 was rejected because its manifest.json is %2, far beyond any real manifest.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/backup/backupreader.cpp" line="137"/>
        <source>Backup file %1 is damaged: manifest.json is unreadable: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/backup/backupreader.cpp" line="145"/>
        <source>Backup file %1 has no dump.sql, so it holds no database to restore.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/backup/backupreader.cpp" line="147"/>
        <source>Backup file %1 has no manifest.json, so its Odoo version is unknown. Only backups made by Odoo&apos;s database manager or by this console can be restored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/backup/backupreader.cpp" line="152"/>
        <source>Backup file %1 was rejected: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/backup/backupreader.cpp" line="160"/>
        <source>Backup file %1 was rejected because it would expand from %2 to %3, more than %4 times its size. It looks like a zip bomb.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/backup/backupreader.cpp" line="165"/>
        <source>Not enough free space to restore %1: it needs %2 and %3 is free.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/backup/backupreader.cpp" line="177"/>
        <source>This backup is from Odoo %1, but the instance runs Odoo %2, which cannot open a database of another version. Restore it as a new instance with Odoo %1 instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/backup/backupreader.cpp" line="190"/>
        <location filename="../core/backup/restore.cpp" line="56"/>
        <location filename="../core/backup/restore.cpp" line="306"/>
        <source>Backup file %1 is damaged or truncated: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/backup/backupreader.cpp" line="200"/>
        <location filename="../core/backup/restore.cpp" line="315"/>
        <source>Backup file %1 is damaged: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/backup/backupreader.cpp" line="203"/>
        <source>The check was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/backup/backupreader.cpp" line="206"/>
        <source>Backup file %1 is damaged in member %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/backup/backupwriter.cpp" line="63"/>
        <location filename="../core/backup/restore.cpp" line="87"/>
        <location filename="../core/backup/restore.cpp" line="207"/>
        <source>Could not start %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/backup/backupwriter.cpp" line="78"/>
        <location filename="../core/backup/backupwriter.cpp" line="189"/>
        <location filename="../core/backup/backupwriter.cpp" line="242"/>
        <source>The backup was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/backup/backupwriter.cpp" line="106"/>
        <source>pg_dump of database %1 crashed: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/backup/backupwriter.cpp" line="108"/>
        <source>pg_dump of database %1 failed with exit code %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/backup/backupwriter.cpp" line="113"/>
        <source>pg_dump of database %1 wrote nothing: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/backup/backupwriter.cpp" line="115"/>
        <source>The dump of database %1 is cut short: it lacks pg_dump&apos;s &quot;dump complete&quot; trailer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/backup/backupwriter.cpp" line="194"/>
        <source>Skipped %1 in the filestore: not a regular file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/backup/backupwriter.cpp" line="245"/>
        <source>Database %1 has no filestore at %2; the backup holds the database only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/backup/backupwriter.cpp" line="249"/>
        <source>Reading the filestore %1 failed: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/backup/backupwriter.cpp" line="252"/>
        <source>The filestore archive of %1 is unreadable: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/backup/backupwriter.cpp" line="263"/>
        <source>Could not read the installed modules of database %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/backup/backupwriter.cpp" line="325"/>
        <source>Could not rename %1 to %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/backup/pgclient.cpp" line="124"/>
        <source>none found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/backup/pgclient.cpp" line="125"/>
        <source>The PostgreSQL server runs version %1, but the newest pg_dump on this computer is older (major versions found: %2), and pg_dump refuses to dump a newer server. Install the Debian package postgresql-client-%1 and run the backup again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/backup/restore.cpp" line="44"/>
        <source>unknown archive error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/backup/restore.cpp" line="64"/>
        <source>Backup file %1 has no member %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/backup/restore.cpp" line="105"/>
        <location filename="../core/backup/restore.cpp" line="161"/>
        <source>psql stopped the restore of database %1 (exit code %2): %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/backup/restore.cpp" line="119"/>
        <location filename="../core/backup/restore.cpp" line="131"/>
        <location filename="../core/backup/restore.cpp" line="155"/>
        <location filename="../core/backup/restore.cpp" line="317"/>
        <source>The restore was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/backup/restore.cpp" line="133"/>
        <source>The restore stopped because the filestore copy failed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/backup/restore.cpp" line="186"/>
        <source>Backup file %1 is damaged in dump.sql: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/backup/restore.cpp" line="189"/>
        <source>Backup file %1 was rejected: dump.sql expands beyond the %2 bytes its zip directory declares.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/backup/restore.cpp" line="219"/>
        <source>pg_restore could not read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/backup/restore.cpp" line="291"/>
        <location filename="../core/backup/restore.cpp" line="349"/>
        <location filename="../core/backup/restore.cpp" line="364"/>
        <location filename="../core/backup/restore.cpp" line="375"/>
        <source>Writing the filestore to the engine failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/backup/restore.cpp" line="319"/>
        <source>The filestore copy stopped because the database restore failed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/backup/restore.cpp" line="355"/>
        <source>Backup file %1 is damaged in %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/backup/restore.cpp" line="360"/>
        <source>Backup file %1 was rejected: %2 expands beyond its declared size of %3 bytes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/backup/restore.cpp" line="369"/>
        <source>Backup file %1 is damaged: %2 is shorter than declared.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/backup/restore.cpp" line="381"/>
        <source>Copying the filestore into the volume failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/backup/restore.cpp" line="398"/>
        <source>The engine sent no tar header for %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/backup/restore.cpp" line="405"/>
        <source>Could not read the owner of %1 in container %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/backup/restore.cpp" line="424"/>
        <source>Could not set %1 in the restored database: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/backup/restore.cpp" line="449"/>
        <source>Could not neutralize the restored database: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/backup/restore.cpp" line="469"/>
        <source>Database %1 already exists on %2, so nothing was restored. Restore under another name, or replace the instance&apos;s database with an in-place restore.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/backup/restore.cpp" line="487"/>
        <source>Could not create database %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/backup/restore.cpp" line="515"/>
        <source>Could not create the pg_trgm extension: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/backup/volumecommand.cpp" line="35"/>
        <source>`%1` in container %2 exited with code %3: %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/backup/volumecommand.cpp" line="73"/>
        <source>`%1` in a helper container of image %2 exited with code %3: %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/backup/backupmaintenance.cpp" line="34"/>
        <source>Backup %1 was deleted on %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/backup/backupmaintenance.cpp" line="185"/>
        <source>Could not remove the local file %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/backup/backupmaintenance.cpp" line="186"/>
        <source>Removed the local file %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/backup/backupmaintenance.cpp" line="193"/>
        <source>Could not delete the S3 object %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/backup/backupmaintenance.cpp" line="194"/>
        <source>Deleted the S3 object %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/backup/restorejobs.cpp" line="86"/>
        <source>Backup %1 is %2: only a completed backup can be restored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/backup/restorejobs.cpp" line="95"/>
        <source>The local file %1 of backup %2 has SHA-256 %3, but the catalog recorded %4. Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/backup/restorejobs.cpp" line="106"/>
        <source>Could not download backup %1: %2 Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/backup/restorejobs.cpp" line="110"/>
        <source>Backup %1 has neither a local file nor an S3 copy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/backup/restorejobs.cpp" line="114"/>
        <source>Name a backup id or a file to restore.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/backup/restorejobs.cpp" line="119"/>
        <source>%1 Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/backup/restorejobs.cpp" line="122"/>
        <source>Backup %1: Odoo %2, database %3, %4 filestore files.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/backup/zipoutput.cpp" line="66"/>
        <source>Resetting the deflate stream failed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/backup/zipoutput.cpp" line="71"/>
        <source>Setting the deflate dictionary failed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/backup/zipoutput.cpp" line="82"/>
        <source>Deflate failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>saasodoo::backup::BackupJobs</name>
    <message>
        <location filename="../core/backup/backupjobs.cpp" line="108"/>
        <source>No S3 bucket is configured: set backups/s3/bucket or SAASODOO_S3_BUCKET.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/backup/backupjobs.cpp" line="112"/>
        <source>The S3 access key id is not available from the keychain: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/backup/backupjobs.cpp" line="116"/>
        <source>The S3 secret access key is not available from the keychain: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/backup/backupjobs.cpp" line="144"/>
        <source>Instance %1 is %2: a backup needs it running, stopped or suspended.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/backup/backupjobs.cpp" line="153"/>
        <source>Backup in progress.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/backup/backupjobs.cpp" line="169"/>
        <location filename="../core/backup/backupjobs.cpp" line="183"/>
        <source>Backup failed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/backup/backupjobs.cpp" line="170"/>
        <source>Could not create the backup directory %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/backup/backupjobs.cpp" line="189"/>
        <source>Backup %1 of instance %2 (database %3) to %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/backup/backupjobs.cpp" line="200"/>
        <source>Could not record the failure on backup %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/backup/backupjobs.cpp" line="201"/>
        <source>Backup failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/backup/backupjobs.cpp" line="215"/>
        <source>Cancelled by the admin; the partial file was removed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/backup/backupjobs.cpp" line="216"/>
        <source>Writing the backup failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/backup/backupjobs.cpp" line="220"/>
        <source>Wrote %1 bytes (database dump %2 bytes, %3 filestore files), SHA-256 %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/backup/backupjobs.cpp" line="234"/>
        <source>Could not catalogue the backup: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/backup/backupjobs.cpp" line="237"/>
        <source>Backup finished.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/backup/backupjobs.cpp" line="240"/>
        <source>No S3 target is configured; the backup is kept locally only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/backup/backupjobs.cpp" line="244"/>
        <source>Backup %1 was saved locally at %2, but archiving it to S3 failed: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/backup/backupmaintenance.cpp" line="51"/>
        <source>Backup %1 is %2: only a completed backup can be verified.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/backup/backupmaintenance.cpp" line="58"/>
        <source>Verify the local file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/backup/backupmaintenance.cpp" line="64"/>
        <source>The local file %1 has SHA-256 %2, but the catalog recorded %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/backup/backupmaintenance.cpp" line="67"/>
        <source>The local file %1 is not a valid backup: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/backup/backupmaintenance.cpp" line="69"/>
        <source>The local file %1 is damaged: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/backup/backupmaintenance.cpp" line="71"/>
        <source>The local file %1 matches its SHA-256, and every member passes its CRC-32 check.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/backup/backupmaintenance.cpp" line="76"/>
        <source>Verify the S3 copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/backup/backupmaintenance.cpp" line="86"/>
        <source>The S3 object %1 has the recorded SHA-256 in its metadata and when read back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/backup/backupmaintenance.cpp" line="91"/>
        <source>Backup %1 has neither a local file nor an S3 copy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/backup/backupmaintenance.cpp" line="116"/>
        <source>Backup %1 has no S3 copy to download.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/backup/backupmaintenance.cpp" line="118"/>
        <source>Download from S3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/backup/backupmaintenance.cpp" line="124"/>
        <source>Could not create the directory of %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/backup/backupmaintenance.cpp" line="132"/>
        <source>Could not create %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/backup/backupmaintenance.cpp" line="150"/>
        <source>Could not write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/backup/backupmaintenance.cpp" line="151"/>
        <source>Download of %1 failed: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/backup/backupmaintenance.cpp" line="156"/>
        <source>The downloaded copy of backup %1 has SHA-256 %2, but the catalog recorded %3. The download was discarded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/backup/backupmaintenance.cpp" line="163"/>
        <source>Could not move the download into place at %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/backup/backupmaintenance.cpp" line="165"/>
        <source>Downloaded %1 bytes to %2; the SHA-256 matches the catalog.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/backup/backupmaintenance.cpp" line="214"/>
        <source>Backup %1 is still being written. Cancel its job first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/backup/backupmaintenance.cpp" line="215"/>
        <source>Delete the backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/backup/backupmaintenance.cpp" line="237"/>
        <source>Take the scheduled backups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/backup/backupmaintenance.cpp" line="262"/>
        <source>Instance %1 is due for a scheduled backup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/backup/backupmaintenance.cpp" line="268"/>
        <source>Instance %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/backup/backupmaintenance.cpp" line="272"/>
        <source>Apply retention</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/backup/backupmaintenance.cpp" line="312"/>
        <source>Retention removed backup %1 of instance %2 (made %3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/backup/backupmaintenance.cpp" line="315"/>
        <source>Backup %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/backup/backupmaintenance.cpp" line="320"/>
        <source>Run finished: %1 new backups, %2 removed by retention, %3 kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/backup/restorejobs.cpp" line="166"/>
        <source>Instance %1 is %2: an in-place restore needs it running or stopped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/backup/restorejobs.cpp" line="170"/>
        <location filename="../core/backup/restorejobs.cpp" line="399"/>
        <source>%1 Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/backup/restorejobs.cpp" line="174"/>
        <source>Restore in progress.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/backup/restorejobs.cpp" line="183"/>
        <source>%1 The instance was not changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/backup/restorejobs.cpp" line="185"/>
        <source>Restore failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/backup/restorejobs.cpp" line="194"/>
        <source>Safety backup %1 taken.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/backup/restorejobs.cpp" line="201"/>
        <source>The safety backup failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/backup/restorejobs.cpp" line="205"/>
        <source>No safety backup: the instance was created for this restore.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/backup/restorejobs.cpp" line="233"/>
        <source>Restoring into the new database %1 failed: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/backup/restorejobs.cpp" line="237"/>
        <source>Skipped %1 statements that only a superuser may run.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/backup/restorejobs.cpp" line="257"/>
        <source>Could not stop the instance&apos;s container: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/backup/restorejobs.cpp" line="292"/>
        <source>Could not start the instance again: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/backup/restorejobs.cpp" line="293"/>
        <source>Switching to the restored database failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/backup/restorejobs.cpp" line="295"/>
        <source>The instance now uses the restored database and filestore; the old ones are %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/backup/restorejobs.cpp" line="297"/>
        <source>The restore finished, but the container did not start: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/backup/restorejobs.cpp" line="305"/>
        <source>Could not drop the old database %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/backup/restorejobs.cpp" line="309"/>
        <source>Could not remove the old filestore %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/backup/restorejobs.cpp" line="310"/>
        <source>Restored from %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/backup/restorejobs.cpp" line="367"/>
        <source>Name the tenant and the host of the new instance: %1 belongs to no instance in the catalog.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/backup/restorejobs.cpp" line="374"/>
        <source>%1 names no Odoo version, so a new instance cannot be chosen for it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/backup/restorejobs.cpp" line="395"/>
        <source>Restored from %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/backup/restorejobs.cpp" line="402"/>
        <source>Created instance record %1 (database %2) for the restore.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/backup/restorejobs.cpp" line="407"/>
        <source>Removing the new instance %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/backup/restorejobs.cpp" line="410"/>
        <source>Could not remove the new instance %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/backup/restorejobs.cpp" line="414"/>
        <source>Provisioning the new instance failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/backup/restorejobs.cpp" line="424"/>
        <source>Restoring into the new instance failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>saasodoo::backup::DumpFilter</name>
    <message>
        <location filename="../core/backup/dumpfilter.cpp" line="85"/>
        <source>The dump contains the psql meta-command &quot;%1&quot;, which a restore never runs.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>saasodoo::backup::Manifest</name>
    <message>
        <location filename="../core/backup/backupformat.cpp" line="61"/>
        <source>manifest.json is not valid JSON: %1 at byte %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/backup/backupformat.cpp" line="82"/>
        <source>manifest.json names no Odoo version (major_version and version are missing).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>saasodoo::backup::ZipOutput</name>
    <message>
        <location filename="../core/backup/zipoutput.cpp" line="352"/>
        <source>Could not start a SHA-256 hash for %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/backup/zipoutput.cpp" line="407"/>
        <location filename="../core/backup/zipoutput.cpp" line="452"/>
        <source>The zip file %1 is not open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/backup/zipoutput.cpp" line="433"/>
        <source>No zip entry is open in %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/backup/zipoutput.cpp" line="469"/>
        <source>Writing %1 stopped before the end.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/backup/zipoutput.cpp" line="472"/>
        <source>Writing %1 failed: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/backup/zipoutput.cpp" line="477"/>
        <source>Could not finish the SHA-256 hash of %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/backup/zipoutput.cpp" line="349"/>
        <source>Could not create %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>saasodoo::backup::ZipOutput::Pipeline</name>
    <message>
        <location filename="../core/backup/zipoutput.cpp" line="171"/>
        <source>The zip file %1 is already closed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/backup/zipoutput.cpp" line="206"/>
        <source>Initializing deflate at level %1 failed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/backup/zipoutput.cpp" line="229"/>
        <location filename="../core/backup/zipoutput.cpp" line="256"/>
        <source>Writing %1 failed: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/backup/zipoutput.cpp" line="280"/>
        <source>The zip entry %1 reached 4 GiB, but was started with a smaller size and has no zip64 fields.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>saasodoo::backup::detail</name>
    <message>
        <location filename="../core/backup/backupjobs.cpp" line="297"/>
        <source>The database password of instance %1 is not available from the keychain: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/backup/backupjobs.cpp" line="307"/>
        <source>The PostgreSQL password of host %1 is not available from the keychain: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/backup/backupjobs.cpp" line="328"/>
        <location filename="../core/backup/backupjobs.cpp" line="397"/>
        <source>Could not open %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/backup/backupjobs.cpp" line="343"/>
        <source>Uploaded %1 bytes to s3://%2/%3 in %4 parts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/backup/backupjobs.cpp" line="361"/>
        <source>The S3 copy&apos;s metadata and read-back SHA-256 match the backup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/backup/backupjobs.cpp" line="371"/>
        <source>Could not list the backups to prune: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/backup/backupjobs.cpp" line="382"/>
        <source>Could not remove the local copy %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/backup/backupjobs.cpp" line="385"/>
        <source>Removed the local copy of archived backup %1 (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/backup/backupjobs.cpp" line="402"/>
        <source>Cancelled by the admin.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/backup/backupjobs.cpp" line="405"/>
        <source>Could not read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>saasodoo::billing</name>
    <message>
        <location filename="../core/billing/billingrun.cpp" line="69"/>
        <source>Odoo hosting, plan %1, %2 to %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/billing/billingrun.cpp" line="106"/>
        <source>Invoice %1 for plan %2, %3 to %4: %5.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/billing/billingrun.cpp" line="130"/>
        <source>Mark the subscription of %1 past due: invoice %2 was due on %3 and is unpaid after %4 grace day(s).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/billing/billingrun.cpp" line="149"/>
        <source>Suspend the subscription of %1 and its %2 instance(s) (%3): invoice %4 was due on %5.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/billing/billingrun.cpp" line="153"/>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/billing/billingrun.cpp" line="170"/>
        <source>Reactivate the subscription of %1, which has no overdue invoice, and resume %2 instance(s).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/billing/billingrun.cpp" line="187"/>
        <source>The period starting %1 of %2 was invoiced meanwhile; skipped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/billing/billingrun.cpp" line="209"/>
        <source>Issued invoice %1 to %2: %3, due %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/billing/billingrun.cpp" line="225"/>
        <source>Trial ended; invoice %1 issued.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/billing/billingrun.cpp" line="226"/>
        <source>Invoice %1 issued.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/billing/billingrun.cpp" line="244"/>
        <location filename="../core/billing/billingrun.cpp" line="443"/>
        <source>Dunning: invoice %1, due %2, is unpaid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/billing/billingrun.cpp" line="251"/>
        <source>No provisioner is available to suspend the instances of %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/billing/billingrun.cpp" line="264"/>
        <source>invoice %1 unpaid since %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/billing/billingrun.cpp" line="282"/>
        <source>No provisioner is available to resume the suspended instances.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/billing/billingrun.cpp" line="288"/>
        <source>Instance %1 is %2, not suspended; left as it is.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/billing/billingrun.cpp" line="330"/>
        <location filename="../core/billing/billingrun.cpp" line="366"/>
        <source>Plan %1 is inactive and takes no new subscriptions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/billing/billingrun.cpp" line="332"/>
        <source>Plan %1 has no %2 price; choose the other currency or set the price first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/billing/billingrun.cpp" line="352"/>
        <source>Subscribed to %1 with a %2-day trial.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/billing/billingrun.cpp" line="353"/>
        <source>Subscribed to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/billing/billingrun.cpp" line="372"/>
        <source>The customer&apos;s %1 instance(s) do not fit plan %2. Reduce the instances or their limits first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/billing/billingrun.cpp" line="379"/>
        <source>Plan changed to %1 from the next invoice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/billing/billingrun.cpp" line="386"/>
        <source>Cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/billing/billingrun.cpp" line="386"/>
        <source>Cancelled: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/billing/billingrun.cpp" line="413"/>
        <source>Plan the billing run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/billing/billingrun.cpp" line="425"/>
        <source>Billing run for %1: %2 action(s).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/billing/billingrun.cpp" line="431"/>
        <source>Cancelled before: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/billing/billingrun.cpp" line="458"/>
        <source>%1 failed: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/billing/billingrun.cpp" line="463"/>
        <source>%1 of %2 billing action(s) failed: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/billing/billingrun.cpp" line="494"/>
        <source>Reactivated: no overdue invoice is left.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/billing/billingrun.cpp" line="497"/>
        <source>Subscription %1 is active again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/billing/billingsettings.cpp" line="38"/>
        <source>Setting %1 is &quot;%2&quot;; use a whole number of days from 0 to 365.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/billing/billingsettings.cpp" line="49"/>
        <source>Setting %1 is &quot;%2&quot;; use an http or https URL.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/billing/billingsettings.cpp" line="87"/>
        <source>Unknown billing setting %1. Known settings: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/billing/billingsettings.cpp" line="109"/>
        <source>VAT rate &quot;%1&quot; is invalid: use a percentage from 0 to 100 with at most two decimals, such as 15 or 15.5.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/billing/invoicepdf.cpp" line="75"/>
        <source>Writing a PDF needs a QGuiApplication for its fonts; this process has none.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/billing/invoicepdf.cpp" line="77"/>
        <source>Invoice drafts have no number yet; issue the invoice before exporting it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/billing/invoicepdf.cpp" line="83"/>
        <source>Invoice %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/billing/invoicepdf.cpp" line="88"/>
        <source>Could not write the PDF file %1. Check that its folder exists and is writable.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/billing/invoicepdf.cpp" line="96"/>
        <source>(company name not set)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/billing/invoicepdf.cpp" line="97"/>
        <source>INVOICE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/billing/invoicepdf.cpp" line="102"/>
        <source>VAT number: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/billing/invoicepdf.cpp" line="108"/>
        <source>Number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/billing/invoicepdf.cpp" line="109"/>
        <source>Issued</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/billing/invoicepdf.cpp" line="110"/>
        <source>Due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/billing/invoicepdf.cpp" line="111"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/billing/invoicepdf.cpp" line="127"/>
        <source>Bill to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/billing/invoicepdf.cpp" line="137"/>
        <source>Period: %1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/billing/invoicepdf.cpp" line="143"/>
        <source>Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/billing/invoicepdf.cpp" line="144"/>
        <source>Qty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/billing/invoicepdf.cpp" line="145"/>
        <source>Unit price</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/billing/invoicepdf.cpp" line="146"/>
        <source>Amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/billing/invoicepdf.cpp" line="164"/>
        <source>Subtotal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/billing/invoicepdf.cpp" line="165"/>
        <source>VAT %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/billing/invoicepdf.cpp" line="166"/>
        <location filename="../core/billing/invoicepdf.cpp" line="169"/>
        <source>Total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/billing/invoicepdf.cpp" line="177"/>
        <source>This invoice is void: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/billing/invoicepdf.cpp" line="180"/>
        <source>Pay online with Paynow (web checkout, EcoCash or OneMoney), quoting %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/billing/invoicepdf.cpp" line="183"/>
        <source>Could not finish the PDF file %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/billing/invoicepdf.cpp" line="185"/>
        <source>The PDF file %1 was not written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/billing/planlimits.cpp" line="43"/>
        <source>The %1 subscription of this customer is suspended for non-payment, so it takes no new or larger instances. Settle the overdue invoice first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/billing/planlimits.cpp" line="57"/>
        <source>Plan %1 allows %2 instance(s); this customer would have %3. Choose a larger plan or delete an instance.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/billing/planlimits.cpp" line="64"/>
        <source>Plan %1 allows %2 CPU cores in total; this customer&apos;s instances would have %3. Choose a larger plan or smaller limits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/billing/planlimits.cpp" line="69"/>
        <source>Plan %1 allows %2 of memory in total; this customer&apos;s instances would have %3. Choose a larger plan or smaller limits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/billing/planlimits.cpp" line="75"/>
        <source>Plan %1 allows %2 of storage in total; this customer&apos;s instances would have %3. Choose a larger plan or smaller limits.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>saasodoo::billing::BillingService</name>
    <message>
        <location filename="../core/billing/billingservice.cpp" line="91"/>
        <source>The billing run needs the job runner, which this session has not set up.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/billing/billingservice.cpp" line="94"/>
        <source>Invoices for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/billing/billingservice.cpp" line="95"/>
        <source>Billing run for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/billing/billingservice.cpp" line="108"/>
        <source>Billing run finished: %1 action(s).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/billing/billingservice.cpp" line="119"/>
        <source>Reactivate subscription %1 after a payment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/billing/billingservice.cpp" line="137"/>
        <source>The Paynow integration id and key are both required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/billing/billingservice.cpp" line="166"/>
        <source>The Paynow integration for %1 is not set up: %2 Store it with &apos;saasodoo payment set-integration&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/billing/billingservice.cpp" line="174"/>
        <source>The Paynow integration key for %1 is not set up: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/billing/billingservice.cpp" line="194"/>
        <source>The Paynow return and result URLs are not set. Set paynow_return_url and paynow_result_url in the billing settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/billing/billingservice.cpp" line="209"/>
        <source>Choose EcoCash or OneMoney for a mobile payment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/billing/billingservice.cpp" line="220"/>
        <source>Invoice %1 is %2; only an open invoice can be paid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/billing/billingservice.cpp" line="246"/>
        <source>Invoice %1 already has a paid payment, %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/billing/billingservice.cpp" line="255"/>
        <source>Invoice %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/billing/billingservice.cpp" line="353"/>
        <source>Paynow sent a status for payment %1, which the catalog does not have; it was ignored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/billing/billingservice.cpp" line="360"/>
        <source>Paynow reported amount %1 for payment %2 of %3; the update was rejected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/billing/billingservice.cpp" line="367"/>
        <source>Paynow reported Paynow reference %1 for payment %2, which has %3; the update was rejected.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>saasodoo::catalog</name>
    <message>
        <location filename="../core/catalog/catalog.cpp" line="36"/>
        <source>Could not switch the catalog to WAL mode: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/catalog/catalog.cpp" line="45"/>
        <source>Could not configure the catalog: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/catalog/catalogoperations.cpp" line="47"/>
        <source>Job kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/catalog/catalogoperations.cpp" line="49"/>
        <source>Job target type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/catalog/catalogoperations.cpp" line="52"/>
        <source>Job progress %1 is invalid: use a percentage from 0 to 100.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/catalog/migrations.cpp" line="379"/>
        <source>Could not upgrade the catalog schema (%1): %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/catalog/migrations.cpp" line="392"/>
        <source>The catalog has schema version %1, but this program (SaaSOdoo %2) supports at most version %3. Upgrade the program; the catalog was not changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/catalog/migrations.cpp" line="415"/>
        <source>version %1, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/catalog/migrations.cpp" line="407"/>
        <location filename="../core/catalog/migrations.cpp" line="498"/>
        <source>Could not read the catalog schema version: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/catalog/migrations.cpp" line="515"/>
        <source>schema_version table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/catalog/validation.cpp" line="24"/>
        <source>%1 &quot;%2&quot; is invalid: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/catalog/validation.cpp" line="40"/>
        <location filename="../core/catalog/validation.cpp" line="78"/>
        <location filename="../core/catalog/validation.cpp" line="87"/>
        <location filename="../core/catalog/validation.cpp" line="148"/>
        <location filename="../core/catalog/validation.cpp" line="161"/>
        <location filename="../core/catalog/validation.cpp" line="307"/>
        <location filename="../core/catalog/validation.cpp" line="323"/>
        <location filename="../core/catalog/validation.cpp" line="339"/>
        <location filename="../core/catalog/validation.cpp" line="399"/>
        <source>%1 is missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/catalog/validation.cpp" line="43"/>
        <source>use 1 to 63 lower-case letters, digits and &apos;-&apos;, starting and ending with a letter or digit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/catalog/validation.cpp" line="80"/>
        <source>use at most %1 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/catalog/validation.cpp" line="94"/>
        <source>expected an address such as name@example.co.zw.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/catalog/validation.cpp" line="106"/>
        <source>Phone number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/catalog/validation.cpp" line="107"/>
        <source>use a Zimbabwe mobile number (07XXXXXXXX, 2637XXXXXXXX or +2637XXXXXXXX) or an international number starting with &apos;+&apos; and the country code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/catalog/validation.cpp" line="131"/>
        <source>Country</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/catalog/validation.cpp" line="131"/>
        <source>use a two-letter ISO 3166-1 code such as ZW.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/catalog/validation.cpp" line="137"/>
        <source>Tenant slug</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/catalog/validation.cpp" line="142"/>
        <source>Subdomain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/catalog/validation.cpp" line="152"/>
        <source>use a lower-case domain name of at least two labels, such as apps.example.co.zw.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/catalog/validation.cpp" line="159"/>
        <source>Database name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/catalog/validation.cpp" line="166"/>
        <source>use at least two letters, digits, &apos;_&apos;, &apos;.&apos; or &apos;-&apos;, starting with a letter or digit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/catalog/validation.cpp" line="169"/>
        <source>use at most 63 bytes, the PostgreSQL limit for names.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/catalog/validation.cpp" line="173"/>
        <source>postgres, template0 and template1 belong to PostgreSQL.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/catalog/validation.cpp" line="179"/>
        <source>Environment variable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/catalog/validation.cpp" line="182"/>
        <source>a name consists of letters, digits and &apos;_&apos; and does not start with a digit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/catalog/validation.cpp" line="186"/>
        <source>%1 are set by the provisioner and cannot be overridden.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/catalog/validation.cpp" line="198"/>
        <source>Value of environment variable %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/catalog/validation.cpp" line="198"/>
        <source>contains a NUL character.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/catalog/validation.cpp" line="208"/>
        <source>a module name consists of letters, digits and &apos;_&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/catalog/validation.cpp" line="210"/>
        <source>the module is listed twice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/catalog/validation.cpp" line="221"/>
        <source>use a size such as 512M, 2G or 1.5G (binary units: 1G = 1024M).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/catalog/validation.cpp" line="243"/>
        <source>the size is not a whole number of bytes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/catalog/validation.cpp" line="273"/>
        <source>the minimum is 6M.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/catalog/validation.cpp" line="280"/>
        <source>the minimum is 1M.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/catalog/validation.cpp" line="288"/>
        <source>use a positive number of cores such as 1 or 1.5.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/catalog/validation.cpp" line="290"/>
        <source>use at most three decimals.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/catalog/validation.cpp" line="297"/>
        <source>Odoo version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/catalog/validation.cpp" line="298"/>
        <source>supported versions are %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/catalog/validation.cpp" line="305"/>
        <source>Image tag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/catalog/validation.cpp" line="310"/>
        <source>a tag consists of letters, digits, &apos;_&apos;, &apos;.&apos; and &apos;-&apos; (at most 128).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/catalog/validation.cpp" line="312"/>
        <source>the tag must be %1 or start with %1-, such as %1-20260817.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/catalog/validation.cpp" line="315"/>
        <source>the dated suffix is not a valid date (YYYYMMDD).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/catalog/validation.cpp" line="321"/>
        <source>Image repository</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/catalog/validation.cpp" line="330"/>
        <source>use a Docker repository such as odoo or registry.example.com/team/odoo.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/catalog/validation.cpp" line="336"/>
        <source>Docker endpoint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/catalog/validation.cpp" line="337"/>
        <source>use unix:///path/to/docker.sock or tcp://host:port.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/catalog/validation.cpp" line="361"/>
        <source>%1 contains certificate or key material: give a file path or a keychain reference instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/catalog/validation.cpp" line="365"/>
        <source>use an absolute file path or keychain:&lt;key&gt;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/catalog/validation.cpp" line="372"/>
        <source>use a TCP port from 1 to 65535.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/catalog/validation.cpp" line="381"/>
        <source>Published port range</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/catalog/validation.cpp" line="382"/>
        <source>use two ports from 1024 to 65535, the first not above the second.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/catalog/validation.cpp" line="392"/>
        <source>SHA-256</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/catalog/validation.cpp" line="392"/>
        <source>use 64 lower-case hexadecimal digits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/catalog/validation.cpp" line="401"/>
        <source>expected a UUID such as 123e4567-e89b-12d3-a456-426614174000.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/catalog/validation.cpp" line="419"/>
        <source>Customer name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/catalog/validation.cpp" line="420"/>
        <source>Email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/catalog/validation.cpp" line="421"/>
        <source>Company</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/catalog/validation.cpp" line="421"/>
        <source>use at most 200 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/catalog/validation.cpp" line="423"/>
        <source>Notes are too long: use at most 10000 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/catalog/validation.cpp" line="432"/>
        <source>Customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/catalog/validation.cpp" line="433"/>
        <source>Tenant name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/catalog/validation.cpp" line="449"/>
        <source>Host name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/catalog/validation.cpp" line="451"/>
        <source>TLS CA certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/catalog/validation.cpp" line="452"/>
        <source>TLS client certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/catalog/validation.cpp" line="453"/>
        <source>TLS client key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/catalog/validation.cpp" line="454"/>
        <source>PostgreSQL host</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/catalog/validation.cpp" line="455"/>
        <source>PostgreSQL port</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/catalog/validation.cpp" line="456"/>
        <source>PostgreSQL admin user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/catalog/validation.cpp" line="457"/>
        <source>Public base domain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/catalog/validation.cpp" line="460"/>
        <source>Host CPU cores</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/catalog/validation.cpp" line="461"/>
        <source>Host memory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/catalog/validation.cpp" line="466"/>
        <source>TLS server name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/catalog/validation.cpp" line="466"/>
        <source>use a DNS name or an IP address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/catalog/validation.cpp" line="469"/>
        <source>TLS files were given for the local socket %1: TLS applies only to tcp:// endpoints.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/catalog/validation.cpp" line="471"/>
        <source>TLS client certificate and key must be given together.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/catalog/validation.cpp" line="483"/>
        <source>Tenant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/catalog/validation.cpp" line="484"/>
        <source>Host</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/catalog/validation.cpp" line="485"/>
        <source>Instance name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/catalog/validation.cpp" line="492"/>
        <source>CPU limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/catalog/validation.cpp" line="493"/>
        <source>Memory limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/catalog/validation.cpp" line="494"/>
        <source>Storage limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/catalog/validation.cpp" line="495"/>
        <source>Admin email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/catalog/validation.cpp" line="497"/>
        <source>Custom addon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/catalog/validation.cpp" line="498"/>
        <source>Disabled module</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/catalog/validation.cpp" line="501"/>
        <source>Published port</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/catalog/validation.cpp" line="502"/>
        <source>Description is too long: use at most 2000 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/catalog/validation.cpp" line="514"/>
        <source>A completed backup needs a local path or an S3 key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/catalog/validation.cpp" line="529"/>
        <source>use a number from 0 to 1000.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/catalog/validation.cpp" line="534"/>
        <source>Daily backups to keep</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/catalog/validation.cpp" line="535"/>
        <source>Weekly backups to keep</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/catalog/validation.cpp" line="536"/>
        <source>Monthly backups to keep</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/catalog/validation.cpp" line="538"/>
        <source>Backup interval</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/catalog/validation.cpp" line="538"/>
        <source>use hours from 0 (off) to 8784.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/catalog/validation.cpp" line="516"/>
        <location filename="../core/catalog/validation.cpp" line="533"/>
        <source>Instance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/catalog/validation.cpp" line="517"/>
        <source>Backup location</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/catalog/validation.cpp" line="517"/>
        <location filename="../core/catalog/validation.cpp" line="518"/>
        <source>use at most 1024 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/catalog/validation.cpp" line="518"/>
        <source>S3 key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/catalog/validation.cpp" line="521"/>
        <source>Backup size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/catalog/validation.cpp" line="521"/>
        <source>must not be negative.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/catalog/catalogbilling.cpp" line="50"/>
        <source>Plan name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/catalog/catalogbilling.cpp" line="53"/>
        <source>Plan %1 has a negative price; prices are zero or more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/catalog/catalogbilling.cpp" line="55"/>
        <source>Plan %1 has a negative limit; limits are zero or more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/catalog/catalogbilling.cpp" line="57"/>
        <source>Backup retention of %1 days is invalid: use 0 to 3650 days.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/catalog/catalogbilling.cpp" line="59"/>
        <source>A trial of %1 days is invalid: use 0 to 365 days.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/catalog/catalogbilling.cpp" line="103"/>
        <source>Customer id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/catalog/catalogbilling.cpp" line="105"/>
        <source>Plan id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/catalog/catalogbilling.cpp" line="109"/>
        <source>The subscription period %1 to %2 is invalid: it must end after it starts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/catalog/catalogbilling.cpp" line="114"/>
        <source>The subscription has no next invoice date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/catalog/catalogbilling.cpp" line="167"/>
        <source>VAT rate %1 %% is invalid: use 0 to 100 %%.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/catalog/catalogbilling.cpp" line="171"/>
        <source>An invoice needs at least one line.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/catalog/catalogbilling.cpp" line="175"/>
        <source>Invoice line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/catalog/catalogbilling.cpp" line="178"/>
        <source>Invoice line &quot;%1&quot; has quantity %2; use 1 or more.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>saasodoo::catalog::Catalog</name>
    <message>
        <location filename="../core/catalog/catalog.cpp" line="141"/>
        <source>Catalog query failed (%1): %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/catalog/catalog.cpp" line="171"/>
        <source>Could not save the %1: a record it refers to does not exist (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/catalog/catalog.cpp" line="173"/>
        <source>Could not save the %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/catalog/catalog.cpp" line="181"/>
        <source>Could not read the %1 %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/catalog/catalog.cpp" line="183"/>
        <source>The %1 %2 does not exist; it may have been deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/catalog/catalog.cpp" line="187"/>
        <source>The %1 %2 was changed by %3 at %4 UTC after you loaded it. Reload it and apply your change again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/catalog/catalog.cpp" line="188"/>
        <source>another session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/catalog/catalog.cpp" line="196"/>
        <source>Could not start a catalog transaction: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/catalog/catalog.cpp" line="212"/>
        <source>Could not commit the catalog transaction: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/catalog/catalog.cpp" line="231"/>
        <source>audit event %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/catalog/catalog.cpp" line="245"/>
        <source>audit events</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/catalog/catalogcustomers.cpp" line="84"/>
        <location filename="../core/catalog/catalogcustomers.cpp" line="127"/>
        <location filename="../core/catalog/catalogcustomers.cpp" line="132"/>
        <location filename="../core/catalog/catalogcustomers.cpp" line="145"/>
        <source>customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/catalog/catalogcustomers.cpp" line="86"/>
        <source>Email &quot;%1&quot; is already used by another customer (email addresses are compared case-insensitively).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/catalog/catalogcustomers.cpp" line="129"/>
        <source>Email &quot;%1&quot; is already used by another customer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/catalog/catalogbilling.cpp" line="273"/>
        <location filename="../core/catalog/catalogbilling.cpp" line="318"/>
        <location filename="../core/catalog/catalogbilling.cpp" line="323"/>
        <location filename="../core/catalog/catalogbilling.cpp" line="338"/>
        <location filename="../core/catalog/catalogbilling.cpp" line="350"/>
        <source>plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/catalog/catalogbilling.cpp" line="275"/>
        <source>A plan named &quot;%1&quot; already exists (plan names are compared case-insensitively).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/catalog/catalogbilling.cpp" line="320"/>
        <source>A plan named &quot;%1&quot; already exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/catalog/catalogbilling.cpp" line="334"/>
        <source>Plan id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/catalog/catalogbilling.cpp" line="335"/>
        <location filename="../core/catalog/catalogbilling.cpp" line="341"/>
        <location filename="../core/catalog/catalogbilling.cpp" line="353"/>
        <source>Plan %1 was not found.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/catalog/catalogbilling.cpp" line="361"/>
        <source>plan list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/catalog/catalogbilling.cpp" line="388"/>
        <location filename="../core/catalog/catalogbilling.cpp" line="556"/>
        <source>subscription history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/catalog/catalogbilling.cpp" line="397"/>
        <source>A new subscription cannot start cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/catalog/catalogbilling.cpp" line="422"/>
        <location filename="../core/catalog/catalogbilling.cpp" line="450"/>
        <location filename="../core/catalog/catalogbilling.cpp" line="475"/>
        <location filename="../core/catalog/catalogbilling.cpp" line="480"/>
        <location filename="../core/catalog/catalogbilling.cpp" line="503"/>
        <location filename="../core/catalog/catalogbilling.cpp" line="519"/>
        <source>subscription</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/catalog/catalogbilling.cpp" line="424"/>
        <source>The customer already has a subscription that is not cancelled. Change that one, or cancel it first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/catalog/catalogbilling.cpp" line="453"/>
        <location filename="../core/catalog/catalogbilling.cpp" line="499"/>
        <location filename="../core/catalog/catalogbilling.cpp" line="506"/>
        <source>Subscription %1 was not found.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/catalog/catalogbilling.cpp" line="477"/>
        <source>The customer already has another subscription that is not cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/catalog/catalogbilling.cpp" line="498"/>
        <location filename="../core/catalog/catalogbilling.cpp" line="550"/>
        <location filename="../core/catalog/catalogbilling.cpp" line="653"/>
        <location filename="../core/catalog/catalogbilling.cpp" line="852"/>
        <source>Subscription id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/catalog/catalogbilling.cpp" line="539"/>
        <source>subscription list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/catalog/catalogbilling.cpp" line="586"/>
        <location filename="../core/catalog/catalogbilling.cpp" line="591"/>
        <location filename="../core/catalog/catalogbilling.cpp" line="596"/>
        <source>invoice counter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/catalog/catalogbilling.cpp" line="599"/>
        <source>The invoice counter of %1 is missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/catalog/catalogbilling.cpp" line="608"/>
        <location filename="../core/catalog/catalogbilling.cpp" line="634"/>
        <source>invoice lines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/catalog/catalogbilling.cpp" line="622"/>
        <source>invoice line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/catalog/catalogbilling.cpp" line="656"/>
        <source>The invoice period is invalid: it must end after it starts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/catalog/catalogbilling.cpp" line="658"/>
        <source>The invoice has no due date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/catalog/catalogbilling.cpp" line="702"/>
        <location filename="../core/catalog/catalogbilling.cpp" line="753"/>
        <location filename="../core/catalog/catalogbilling.cpp" line="755"/>
        <location filename="../core/catalog/catalogbilling.cpp" line="797"/>
        <location filename="../core/catalog/catalogbilling.cpp" line="799"/>
        <location filename="../core/catalog/catalogbilling.cpp" line="813"/>
        <location filename="../core/catalog/catalogbilling.cpp" line="1009"/>
        <source>invoice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/catalog/catalogbilling.cpp" line="704"/>
        <source>The subscription already has an invoice for the period starting %1; void it first to invoice the period again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/catalog/catalogbilling.cpp" line="728"/>
        <source>Invoice %1 is %2; only a draft can be issued.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/catalog/catalogbilling.cpp" line="771"/>
        <source>Invoice %1 is %2 and cannot be voided.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/catalog/catalogbilling.cpp" line="775"/>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/catalog/catalogbilling.cpp" line="816"/>
        <location filename="../core/catalog/catalogbilling.cpp" line="830"/>
        <source>Invoice %1 was not found.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/catalog/catalogbilling.cpp" line="829"/>
        <location filename="../core/catalog/catalogbilling.cpp" line="889"/>
        <location filename="../core/catalog/catalogbilling.cpp" line="1060"/>
        <source>Invoice id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/catalog/catalogbilling.cpp" line="869"/>
        <source>invoice list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/catalog/catalogbilling.cpp" line="891"/>
        <source>Payment reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/catalog/catalogbilling.cpp" line="894"/>
        <source>A payment amount must be more than zero.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/catalog/catalogbilling.cpp" line="896"/>
        <source>Payment %1 has no poll URL.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/catalog/catalogbilling.cpp" line="923"/>
        <location filename="../core/catalog/catalogbilling.cpp" line="952"/>
        <location filename="../core/catalog/catalogbilling.cpp" line="956"/>
        <location filename="../core/catalog/catalogbilling.cpp" line="986"/>
        <location filename="../core/catalog/catalogbilling.cpp" line="995"/>
        <location filename="../core/catalog/catalogbilling.cpp" line="1034"/>
        <source>payment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/catalog/catalogbilling.cpp" line="925"/>
        <source>A payment with reference %1 already exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/catalog/catalogbilling.cpp" line="959"/>
        <location filename="../core/catalog/catalogbilling.cpp" line="998"/>
        <location filename="../core/catalog/catalogbilling.cpp" line="1037"/>
        <location filename="../core/catalog/catalogbilling.cpp" line="1045"/>
        <source>Payment %1 was not found.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/catalog/catalogbilling.cpp" line="961"/>
        <source>Payment %1 was changed by another session after it was read. Poll it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/catalog/catalogbilling.cpp" line="1044"/>
        <source>Payment id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/catalog/catalogbilling.cpp" line="1068"/>
        <source>payment list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/catalog/catalogbilling.cpp" line="1082"/>
        <source>billing settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/catalog/catalogbilling.cpp" line="1093"/>
        <source>Setting name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/catalog/catalogbilling.cpp" line="1101"/>
        <source>billing setting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/catalog/catalogbilling.cpp" line="1112"/>
        <location filename="../core/catalog/catalogcustomers.cpp" line="148"/>
        <location filename="../core/catalog/catalogcustomers.cpp" line="156"/>
        <location filename="../core/catalog/catalogtenants.cpp" line="109"/>
        <source>Customer %1 was not found.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/catalog/catalogbilling.cpp" line="1124"/>
        <source>customer usage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/catalog/catalogbilling.cpp" line="1148"/>
        <location filename="../core/catalog/catalogbilling.cpp" line="1159"/>
        <source>dunning suspension</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/catalog/catalogbilling.cpp" line="1174"/>
        <source>dunning suspensions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/catalog/catalogbilling.cpp" line="513"/>
        <location filename="../core/catalog/catalogbilling.cpp" line="531"/>
        <location filename="../core/catalog/catalogbilling.cpp" line="651"/>
        <location filename="../core/catalog/catalogbilling.cpp" line="846"/>
        <location filename="../core/catalog/catalogbilling.cpp" line="1111"/>
        <location filename="../core/catalog/catalogcustomers.cpp" line="155"/>
        <location filename="../core/catalog/catalogtenants.cpp" line="108"/>
        <source>Customer id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/catalog/catalogcustomers.cpp" line="188"/>
        <source>customer list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/catalog/cataloghosts.cpp" line="114"/>
        <location filename="../core/catalog/cataloghosts.cpp" line="148"/>
        <location filename="../core/catalog/cataloghosts.cpp" line="153"/>
        <location filename="../core/catalog/cataloghosts.cpp" line="161"/>
        <location filename="../core/catalog/cataloghosts.cpp" line="178"/>
        <source>host</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/catalog/cataloghosts.cpp" line="116"/>
        <location filename="../core/catalog/cataloghosts.cpp" line="150"/>
        <source>Host name &quot;%1&quot; is already used by another host.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/catalog/cataloghosts.cpp" line="163"/>
        <source>PostgreSQL server %1 already holds a database with the name of one of this host&apos;s instances; rename it before moving the host there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/catalog/cataloghosts.cpp" line="181"/>
        <location filename="../core/catalog/cataloghosts.cpp" line="189"/>
        <source>Host %1 was not found.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/catalog/cataloghosts.cpp" line="188"/>
        <source>Host id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/catalog/cataloghosts.cpp" line="203"/>
        <source>host list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/catalog/cataloginstances.cpp" line="154"/>
        <location filename="../core/catalog/cataloginstances.cpp" line="199"/>
        <location filename="../core/catalog/cataloginstances.cpp" line="209"/>
        <location filename="../core/catalog/cataloginstances.cpp" line="233"/>
        <location filename="../core/catalog/cataloginstances.cpp" line="235"/>
        <location filename="../core/catalog/cataloginstances.cpp" line="251"/>
        <source>instance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/catalog/cataloginstances.cpp" line="159"/>
        <location filename="../core/catalog/cataloginstances.cpp" line="204"/>
        <source>Subdomain &quot;%1&quot; is already used on host %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/catalog/cataloginstances.cpp" line="161"/>
        <location filename="../core/catalog/cataloginstances.cpp" line="206"/>
        <source>Port %1 is already published on host %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/catalog/catalogbackups.cpp" line="164"/>
        <location filename="../core/catalog/catalogbackups.cpp" line="233"/>
        <location filename="../core/catalog/catalogbilling.cpp" line="1117"/>
        <location filename="../core/catalog/cataloginstances.cpp" line="247"/>
        <source>Instance id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/catalog/cataloginstances.cpp" line="248"/>
        <location filename="../core/catalog/cataloginstances.cpp" line="254"/>
        <source>Instance %1 was not found.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/catalog/cataloginstances.cpp" line="305"/>
        <location filename="../core/catalog/cataloginstances.cpp" line="353"/>
        <source>Filter id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/catalog/cataloginstances.cpp" line="322"/>
        <source>instance list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/catalog/cataloginstances.cpp" line="363"/>
        <source>instance count</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/catalog/catalogbackups.cpp" line="87"/>
        <location filename="../core/catalog/catalogbackups.cpp" line="118"/>
        <location filename="../core/catalog/catalogbackups.cpp" line="134"/>
        <location filename="../core/catalog/catalogbackups.cpp" line="191"/>
        <location filename="../core/catalog/catalogbackups.cpp" line="217"/>
        <source>backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/catalog/catalogbackups.cpp" line="120"/>
        <location filename="../core/catalog/catalogbackups.cpp" line="131"/>
        <location filename="../core/catalog/catalogbackups.cpp" line="137"/>
        <source>Backup %1 was not found.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/catalog/catalogbackups.cpp" line="130"/>
        <source>Backup id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/catalog/catalogbackups.cpp" line="153"/>
        <source>backup list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/catalog/catalogbackups.cpp" line="184"/>
        <source>Backup %1 is already deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/catalog/catalogbackups.cpp" line="239"/>
        <location filename="../core/catalog/catalogbackups.cpp" line="267"/>
        <location filename="../core/catalog/catalogbackups.cpp" line="281"/>
        <source>backup policy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/catalog/catalogoperations.cpp" line="66"/>
        <location filename="../core/catalog/catalogoperations.cpp" line="162"/>
        <location filename="../core/catalog/catalogoperations.cpp" line="198"/>
        <source>Job id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/catalog/catalogoperations.cpp" line="87"/>
        <location filename="../core/catalog/catalogoperations.cpp" line="105"/>
        <location filename="../core/catalog/catalogoperations.cpp" line="124"/>
        <location filename="../core/catalog/catalogoperations.cpp" line="166"/>
        <source>job</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/catalog/catalogoperations.cpp" line="108"/>
        <location filename="../core/catalog/catalogoperations.cpp" line="163"/>
        <location filename="../core/catalog/catalogoperations.cpp" line="169"/>
        <source>Job %1 was not found.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/catalog/catalogoperations.cpp" line="142"/>
        <source>Log level &quot;%1&quot; is invalid: use info, warning or error.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/catalog/catalogoperations.cpp" line="154"/>
        <source>job log line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/catalog/catalogoperations.cpp" line="183"/>
        <source>jobs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/catalog/catalogoperations.cpp" line="203"/>
        <source>job log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/catalog/catalogtenants.cpp" line="44"/>
        <source>Customer %1 was not found: create the customer before its tenants.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/catalog/catalogtenants.cpp" line="66"/>
        <location filename="../core/catalog/catalogtenants.cpp" line="84"/>
        <source>tenant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/catalog/catalogtenants.cpp" line="68"/>
        <source>Tenant slug &quot;%1&quot; is already taken: slugs are unique because they name subdomains.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/catalog/catalogtenants.cpp" line="87"/>
        <location filename="../core/catalog/catalogtenants.cpp" line="95"/>
        <source>Tenant %1 was not found.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/catalog/catalogtenants.cpp" line="94"/>
        <source>Tenant id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/catalog/catalogtenants.cpp" line="121"/>
        <source>tenant list</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>saasodoo::cli</name>
    <message>
        <location filename="../app/cli/catalogcommands.cpp" line="89"/>
        <source>Unique host name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/backupcommands.cpp" line="442"/>
        <location filename="../app/cli/backupcommands.cpp" line="448"/>
        <location filename="../app/cli/backupcommands.cpp" line="450"/>
        <location filename="../app/cli/backupcommands.cpp" line="453"/>
        <location filename="../app/cli/billingcommands.cpp" line="261"/>
        <location filename="../app/cli/billingcommands.cpp" line="271"/>
        <location filename="../app/cli/catalogcommands.cpp" line="89"/>
        <location filename="../app/cli/catalogcommands.cpp" line="94"/>
        <location filename="../app/cli/catalogcommands.cpp" line="195"/>
        <location filename="../app/cli/catalogcommands.cpp" line="198"/>
        <location filename="../app/cli/catalogcommands.cpp" line="318"/>
        <location filename="../app/cli/instancecommands.cpp" line="119"/>
        <location filename="../app/cli/instancecommands.cpp" line="214"/>
        <location filename="../app/cli/instancecommands.cpp" line="215"/>
        <location filename="../app/cli/instancecommands.cpp" line="224"/>
        <location filename="../app/cli/instancecommands.cpp" line="337"/>
        <source>name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/catalogcommands.cpp" line="90"/>
        <source>Docker endpoint: unix:///path/to/docker.sock or tcp://host:port.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/catalogcommands.cpp" line="90"/>
        <source>url</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/catalogcommands.cpp" line="91"/>
        <source>CA certificate file or keychain:&lt;key&gt; for a tcp:// endpoint.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/catalogcommands.cpp" line="91"/>
        <location filename="../app/cli/catalogcommands.cpp" line="92"/>
        <location filename="../app/cli/catalogcommands.cpp" line="93"/>
        <source>path</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/catalogcommands.cpp" line="92"/>
        <source>Client certificate file or keychain:&lt;key&gt;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/catalogcommands.cpp" line="93"/>
        <source>Client key file or keychain:&lt;key&gt;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/catalogcommands.cpp" line="94"/>
        <source>Name the engine&apos;s certificate must cover, when not the dialled address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/catalogcommands.cpp" line="95"/>
        <source>PostgreSQL server for instance databases, as the console reaches it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/catalogcommands.cpp" line="95"/>
        <location filename="../app/cli/catalogcommands.cpp" line="98"/>
        <source>host</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/catalogcommands.cpp" line="96"/>
        <source>PostgreSQL port (default 5432).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/catalogcommands.cpp" line="96"/>
        <source>port</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/catalogcommands.cpp" line="97"/>
        <source>PostgreSQL admin role that creates instance databases.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/catalogcommands.cpp" line="97"/>
        <source>role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/catalogcommands.cpp" line="98"/>
        <source>PostgreSQL address as the host&apos;s containers reach it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/catalogcommands.cpp" line="99"/>
        <source>Keychain reference of the PostgreSQL admin password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/catalogcommands.cpp" line="99"/>
        <source>key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/catalogcommands.cpp" line="100"/>
        <source>Public base domain; instances get &lt;subdomain&gt;.&lt;domain&gt;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/catalogcommands.cpp" line="100"/>
        <source>domain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/catalogcommands.cpp" line="101"/>
        <source>Odoo image repository (default odoo).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/catalogcommands.cpp" line="101"/>
        <source>repository</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/catalogcommands.cpp" line="102"/>
        <source>Published port range such as 20000-20999.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/catalogcommands.cpp" line="102"/>
        <source>first-last</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/catalogcommands.cpp" line="103"/>
        <source>CPU capacity in cores, such as 8 or 7.5.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/billingcommands.cpp" line="276"/>
        <location filename="../app/cli/catalogcommands.cpp" line="103"/>
        <location filename="../app/cli/instancecommands.cpp" line="219"/>
        <location filename="../app/cli/instancecommands.cpp" line="446"/>
        <source>cores</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/catalogcommands.cpp" line="104"/>
        <source>Memory capacity such as 32G (binary units).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/billingcommands.cpp" line="277"/>
        <location filename="../app/cli/billingcommands.cpp" line="278"/>
        <location filename="../app/cli/catalogcommands.cpp" line="104"/>
        <location filename="../app/cli/instancecommands.cpp" line="220"/>
        <location filename="../app/cli/instancecommands.cpp" line="221"/>
        <location filename="../app/cli/instancecommands.cpp" line="447"/>
        <source>size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/catalogcommands.cpp" line="105"/>
        <source>Allow instances on this host to use the PostgreSQL superuser.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/catalogcommands.cpp" line="130"/>
        <source>PostgreSQL port &quot;%1&quot; is invalid: use a number from 1 to 65535.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/catalogcommands.cpp" line="133"/>
        <source>Host CPU cores &quot;%1&quot; is invalid: use a number such as 8 or 7.5.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/catalogcommands.cpp" line="134"/>
        <source>Host memory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/catalogcommands.cpp" line="147"/>
        <source>Published port range &quot;%1&quot; is invalid: use first-last, such as 20000-20999.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/catalogcommands.cpp" line="158"/>
        <source>Host %1 added (id %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/billingcommands.cpp" line="354"/>
        <location filename="../app/cli/catalogcommands.cpp" line="185"/>
        <location filename="../app/cli/catalogcommands.cpp" line="255"/>
        <location filename="../app/cli/catalogcommands.cpp" line="378"/>
        <location filename="../app/cli/instancecommands.cpp" line="387"/>
        <source>NAME</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/catalogcommands.cpp" line="185"/>
        <source>DOCKER</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/catalogcommands.cpp" line="185"/>
        <source>POSTGRESQL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/catalogcommands.cpp" line="185"/>
        <source>DOMAIN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/catalogcommands.cpp" line="185"/>
        <source>IMAGE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/billingcommands.cpp" line="63"/>
        <source>--%1 &quot;%2&quot; is not an amount: write it with at most two decimals, such as 25.00.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/billingcommands.cpp" line="74"/>
        <source>--%1 &quot;%2&quot; is not a date: write it as YYYY-MM-DD.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/billingcommands.cpp" line="259"/>
        <source>Docker network of the instances that are suspended or resumed (default: $SAASODOO_DOCKER_NETWORK, else saasodoo).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/billingcommands.cpp" line="269"/>
        <source>Creates a billing plan with its monthly prices and limits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/billingcommands.cpp" line="271"/>
        <source>Plan name, unique.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/billingcommands.cpp" line="272"/>
        <source>Monthly price in USD, such as 25.00.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/billingcommands.cpp" line="272"/>
        <location filename="../app/cli/billingcommands.cpp" line="274"/>
        <source>amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/billingcommands.cpp" line="273"/>
        <source>Monthly price in ZWG, such as 650.00 (default 0: not sold in ZWG).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/billingcommands.cpp" line="275"/>
        <source>Maximum number of instances.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/billingcommands.cpp" line="276"/>
        <source>Total CPU cores of all instances, such as 2 or 1.5.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/billingcommands.cpp" line="277"/>
        <source>Total memory of all instances, such as 4G.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/billingcommands.cpp" line="278"/>
        <source>Total storage of all instances, such as 50G.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/billingcommands.cpp" line="279"/>
        <source>Days backups are kept (default 30).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/billingcommands.cpp" line="279"/>
        <location filename="../app/cli/billingcommands.cpp" line="280"/>
        <source>days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/billingcommands.cpp" line="280"/>
        <source>Days of free trial for new subscriptions (default 0).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/billingcommands.cpp" line="294"/>
        <source>Plan memory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/billingcommands.cpp" line="295"/>
        <source>Plan storage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/billingcommands.cpp" line="310"/>
        <source>--cpu &quot;%1&quot; is not a number of cores, such as 2 or 1.5.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/billingcommands.cpp" line="312"/>
        <source>--instances, --backup-days and --trial-days take whole numbers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/billingcommands.cpp" line="325"/>
        <source>Created plan %1 (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/billingcommands.cpp" line="332"/>
        <source>Lists the billing plans.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/billingcommands.cpp" line="354"/>
        <location filename="../app/cli/catalogcommands.cpp" line="185"/>
        <location filename="../app/cli/instancecommands.cpp" line="423"/>
        <source>CPU</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/billingcommands.cpp" line="354"/>
        <location filename="../app/cli/catalogcommands.cpp" line="185"/>
        <source>MEMORY</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/billingcommands.cpp" line="354"/>
        <source>USD</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/billingcommands.cpp" line="354"/>
        <source>ZWG</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/billingcommands.cpp" line="354"/>
        <source>STORAGE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/billingcommands.cpp" line="355"/>
        <source>TRIAL DAYS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/billingcommands.cpp" line="363"/>
        <source>Shows one plan, by name or id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/billingcommands.cpp" line="364"/>
        <location filename="../app/cli/billingcommands.cpp" line="395"/>
        <source>Plan name or id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/billingcommands.cpp" line="377"/>
        <source>Price</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/billingcommands.cpp" line="380"/>
        <source>CPU cores</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/billingcommands.cpp" line="381"/>
        <source>Storage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/billingcommands.cpp" line="382"/>
        <source>Backups kept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/billingcommands.cpp" line="382"/>
        <location filename="../app/cli/billingcommands.cpp" line="383"/>
        <source>%1 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/billingcommands.cpp" line="383"/>
        <source>Trial</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/billingcommands.cpp" line="383"/>
        <source>Active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/billingcommands.cpp" line="383"/>
        <source>yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/billingcommands.cpp" line="383"/>
        <source>no</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/billingcommands.cpp" line="392"/>
        <source>Subscribes a customer to a plan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/billingcommands.cpp" line="394"/>
        <source>Customer email or id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/billingcommands.cpp" line="395"/>
        <source>plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/billingcommands.cpp" line="396"/>
        <source>USD or ZWG (default USD).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/billingcommands.cpp" line="396"/>
        <location filename="../app/cli/billingcommands.cpp" line="877"/>
        <source>currency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/billingcommands.cpp" line="397"/>
        <source>First day, YYYY-MM-DD (default today, UTC).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/billingcommands.cpp" line="397"/>
        <location filename="../app/cli/billingcommands.cpp" line="682"/>
        <location filename="../app/cli/billingcommands.cpp" line="975"/>
        <source>date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/billingcommands.cpp" line="398"/>
        <source>Start paying at once even when the plan has a trial.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/billingcommands.cpp" line="406"/>
        <location filename="../app/cli/billingcommands.cpp" line="882"/>
        <source>--currency &quot;%1&quot; is invalid: use USD or ZWG.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/billingcommands.cpp" line="423"/>
        <source>Subscribed %1 to %2 (%3), status %4, next invoice %5.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/billingcommands.cpp" line="433"/>
        <source>Lists subscriptions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/billingcommands.cpp" line="434"/>
        <location filename="../app/cli/billingcommands.cpp" line="545"/>
        <source>Only this customer&apos;s (email or id).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/billingcommands.cpp" line="464"/>
        <location filename="../app/cli/billingcommands.cpp" line="580"/>
        <location filename="../app/cli/billingcommands.cpp" line="867"/>
        <location filename="../app/cli/catalogcommands.cpp" line="186"/>
        <location filename="../app/cli/catalogcommands.cpp" line="255"/>
        <location filename="../app/cli/instancecommands.cpp" line="387"/>
        <source>STATUS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/backupcommands.cpp" line="199"/>
        <location filename="../app/cli/billingcommands.cpp" line="464"/>
        <location filename="../app/cli/catalogcommands.cpp" line="186"/>
        <location filename="../app/cli/catalogcommands.cpp" line="255"/>
        <location filename="../app/cli/catalogcommands.cpp" line="378"/>
        <location filename="../app/cli/instancecommands.cpp" line="607"/>
        <source>ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/catalogcommands.cpp" line="195"/>
        <source>Customer name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/catalogcommands.cpp" line="196"/>
        <source>Email address, unique ignoring case.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/billingcommands.cpp" line="737"/>
        <location filename="../app/cli/catalogcommands.cpp" line="196"/>
        <location filename="../app/cli/instancecommands.cpp" line="222"/>
        <source>email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/catalogcommands.cpp" line="197"/>
        <source>Phone number: 07XXXXXXXX, +2637XXXXXXXX or +&lt;country code&gt;&lt;number&gt;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/billingcommands.cpp" line="736"/>
        <location filename="../app/cli/catalogcommands.cpp" line="197"/>
        <source>number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/catalogcommands.cpp" line="198"/>
        <source>Company name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/catalogcommands.cpp" line="199"/>
        <source>ISO 3166-1 country code (default ZW).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/catalogcommands.cpp" line="199"/>
        <source>code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/catalogcommands.cpp" line="200"/>
        <source>Free-form notes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/billingcommands.cpp" line="515"/>
        <location filename="../app/cli/billingcommands.cpp" line="651"/>
        <location filename="../app/cli/catalogcommands.cpp" line="200"/>
        <location filename="../app/cli/catalogcommands.cpp" line="230"/>
        <location filename="../app/cli/instancecommands.cpp" line="339"/>
        <location filename="../app/cli/instancecommands.cpp" line="442"/>
        <source>text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/catalogcommands.cpp" line="223"/>
        <source>Customer %1 added (id %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/catalogcommands.cpp" line="230"/>
        <source>Show only customers whose name, email or company contains the text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/catalogcommands.cpp" line="255"/>
        <source>EMAIL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/catalogcommands.cpp" line="255"/>
        <source>PHONE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/catalogcommands.cpp" line="255"/>
        <source>TENANTS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/billingcommands.cpp" line="354"/>
        <location filename="../app/cli/catalogcommands.cpp" line="255"/>
        <location filename="../app/cli/catalogcommands.cpp" line="378"/>
        <source>INSTANCES</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/catalogcommands.cpp" line="270"/>
        <source>Customer id or email.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/billingcommands.cpp" line="376"/>
        <location filename="../app/cli/catalogcommands.cpp" line="298"/>
        <location filename="../app/cli/catalogcommands.cpp" line="413"/>
        <location filename="../app/cli/instancecommands.cpp" line="415"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/catalogcommands.cpp" line="299"/>
        <source>Email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/catalogcommands.cpp" line="300"/>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/catalogcommands.cpp" line="301"/>
        <source>Company</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/catalogcommands.cpp" line="302"/>
        <source>Country</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/billingcommands.cpp" line="496"/>
        <location filename="../app/cli/billingcommands.cpp" line="608"/>
        <location filename="../app/cli/catalogcommands.cpp" line="303"/>
        <location filename="../app/cli/instancecommands.cpp" line="417"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/catalogcommands.cpp" line="304"/>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/catalogcommands.cpp" line="305"/>
        <source>Tenants</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/billingcommands.cpp" line="376"/>
        <location filename="../app/cli/billingcommands.cpp" line="496"/>
        <location filename="../app/cli/catalogcommands.cpp" line="306"/>
        <location filename="../app/cli/catalogcommands.cpp" line="416"/>
        <location filename="../app/cli/instancecommands.cpp" line="416"/>
        <location filename="../app/cli/instancecommands.cpp" line="634"/>
        <source>Id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/catalogcommands.cpp" line="307"/>
        <location filename="../app/cli/catalogcommands.cpp" line="417"/>
        <source>Created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/catalogcommands.cpp" line="308"/>
        <location filename="../app/cli/catalogcommands.cpp" line="418"/>
        <source>Updated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/catalogcommands.cpp" line="308"/>
        <location filename="../app/cli/catalogcommands.cpp" line="418"/>
        <source>%1 by %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/catalogcommands.cpp" line="317"/>
        <source>Owning customer: id or email.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/billingcommands.cpp" line="394"/>
        <location filename="../app/cli/billingcommands.cpp" line="434"/>
        <location filename="../app/cli/billingcommands.cpp" line="545"/>
        <location filename="../app/cli/catalogcommands.cpp" line="317"/>
        <location filename="../app/cli/catalogcommands.cpp" line="348"/>
        <source>customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/catalogcommands.cpp" line="318"/>
        <source>Tenant name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/catalogcommands.cpp" line="319"/>
        <source>Unique DNS label used in subdomains, such as moyo-hardware.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/backupcommands.cpp" line="137"/>
        <location filename="../app/cli/backupcommands.cpp" line="160"/>
        <location filename="../app/cli/backupcommands.cpp" line="297"/>
        <location filename="../app/cli/backupcommands.cpp" line="446"/>
        <location filename="../app/cli/catalogcommands.cpp" line="319"/>
        <location filename="../app/cli/instancecommands.cpp" line="213"/>
        <location filename="../app/cli/instancecommands.cpp" line="338"/>
        <location filename="../app/cli/instancecommands.cpp" line="395"/>
        <location filename="../app/cli/instancecommands.cpp" line="438"/>
        <location filename="../app/cli/instancecommands.cpp" line="549"/>
        <source>slug</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/catalogcommands.cpp" line="341"/>
        <source>Tenant %1 added for %2 (id %3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/catalogcommands.cpp" line="348"/>
        <source>Show only this customer&apos;s tenants: id or email.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/catalogcommands.cpp" line="378"/>
        <source>SLUG</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/billingcommands.cpp" line="464"/>
        <location filename="../app/cli/catalogcommands.cpp" line="378"/>
        <location filename="../app/cli/instancecommands.cpp" line="387"/>
        <source>CUSTOMER</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/catalogcommands.cpp" line="385"/>
        <source>Tenant id or slug.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/catalogcommands.cpp" line="412"/>
        <source>Slug</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/catalogcommands.cpp" line="414"/>
        <source>Customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/catalogcommands.cpp" line="414"/>
        <source>%1 &lt;%2&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/billingcommands.cpp" line="379"/>
        <location filename="../app/cli/catalogcommands.cpp" line="415"/>
        <source>Instances</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/billingcommands.cpp" line="464"/>
        <source>PLAN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/billingcommands.cpp" line="464"/>
        <source>CURRENCY</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/billingcommands.cpp" line="464"/>
        <source>NEXT INVOICE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/billingcommands.cpp" line="471"/>
        <source>Shows a subscription with its history.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/billingcommands.cpp" line="472"/>
        <location filename="../app/cli/billingcommands.cpp" line="513"/>
        <source>Subscription id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/billingcommands.cpp" line="497"/>
        <source>Currency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/billingcommands.cpp" line="498"/>
        <location filename="../app/cli/billingcommands.cpp" line="609"/>
        <source>Period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/billingcommands.cpp" line="499"/>
        <source>Next invoice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/billingcommands.cpp" line="512"/>
        <source>Cancels a subscription.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/billingcommands.cpp" line="512"/>
        <source>Moves a subscription to another plan from its next invoice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/billingcommands.cpp" line="515"/>
        <source>Why it is cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/billingcommands.cpp" line="515"/>
        <source>The new plan&apos;s name or id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/billingcommands.cpp" line="535"/>
        <source>Subscription %1 is %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/billingcommands.cpp" line="544"/>
        <source>Lists invoices.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/billingcommands.cpp" line="546"/>
        <source>Only invoices in this status: draft, open, paid or void.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/billingcommands.cpp" line="562"/>
        <source>--status &quot;%1&quot; is invalid: use draft, open, paid or void.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/billingcommands.cpp" line="577"/>
        <source>(draft)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/billingcommands.cpp" line="580"/>
        <source>NUMBER</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/billingcommands.cpp" line="580"/>
        <source>PERIOD</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/billingcommands.cpp" line="580"/>
        <source>TOTAL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/billingcommands.cpp" line="580"/>
        <source>DUE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/billingcommands.cpp" line="587"/>
        <source>Shows an invoice with its lines and payments.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/billingcommands.cpp" line="588"/>
        <location filename="../app/cli/billingcommands.cpp" line="625"/>
        <location filename="../app/cli/billingcommands.cpp" line="650"/>
        <location filename="../app/cli/billingcommands.cpp" line="733"/>
        <source>Invoice number or id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/billingcommands.cpp" line="608"/>
        <source>Number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/billingcommands.cpp" line="610"/>
        <source>Issued</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/billingcommands.cpp" line="610"/>
        <source>Due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/billingcommands.cpp" line="611"/>
        <source>Subtotal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/billingcommands.cpp" line="612"/>
        <source>VAT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/billingcommands.cpp" line="613"/>
        <source>Total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/billingcommands.cpp" line="617"/>
        <source>Payment %1: %2 (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/billingcommands.cpp" line="624"/>
        <source>Writes an invoice as a PDF file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/billingcommands.cpp" line="626"/>
        <source>PDF file to write.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/billingcommands.cpp" line="642"/>
        <source>Wrote invoice %1 to %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/billingcommands.cpp" line="649"/>
        <source>Voids an open or draft invoice; its number stays used.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/billingcommands.cpp" line="651"/>
        <source>Why it is voided.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/billingcommands.cpp" line="665"/>
        <source>Voided invoice %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/billingcommands.cpp" line="676"/>
        <source>Issues the invoices of the subscription periods that have started by a day, as a job.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/billingcommands.cpp" line="678"/>
        <source>Shows what the billing run would do on a day: invoices, past-due marks, suspensions and reactivations. Changes nothing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/billingcommands.cpp" line="680"/>
        <source>Runs the billing run as a job: issues the invoices of periods that have started, marks unpaid subscriptions past due, suspends and resumes instances.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/billingcommands.cpp" line="682"/>
        <source>The day to run for, YYYY-MM-DD (default today, UTC).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/billingcommands.cpp" line="702"/>
        <source>Nothing to do on %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/billingcommands.cpp" line="721"/>
        <source>Billing run for %1 finished (job %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/billingcommands.cpp" line="731"/>
        <source>Asks Paynow for a payment of an open invoice: a web checkout link (--web), or an EcoCash or OneMoney prompt on the customer&apos;s phone (--mobile).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/billingcommands.cpp" line="734"/>
        <source>Web checkout: prints the link for the customer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/billingcommands.cpp" line="735"/>
        <source>Mobile money: ecocash or onemoney.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/billingcommands.cpp" line="735"/>
        <source>method</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/billingcommands.cpp" line="736"/>
        <source>The wallet&apos;s phone number, such as 0771234567 or +263 77 123 4567.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/billingcommands.cpp" line="737"/>
        <source>Email sent to Paynow (default: the customer&apos;s).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/billingcommands.cpp" line="743"/>
        <source>give either --web or --mobile ecocash|onemoney.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/billingcommands.cpp" line="748"/>
        <source>--mobile takes ecocash or onemoney.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/billingcommands.cpp" line="750"/>
        <source>--mobile needs --phone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/billingcommands.cpp" line="772"/>
        <source>Payment %1 requested. Send the customer this link:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/billingcommands.cpp" line="775"/>
        <source>Payment %1 requested. The customer confirms it on %2; check it with &apos;saasodoo payment poll %1&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/billingcommands.cpp" line="786"/>
        <source>Asks Paynow for a payment&apos;s status and applies it; a paid payment settles its invoice once and resumes instances suspended for it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/billingcommands.cpp" line="788"/>
        <source>Payment reference or id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/billingcommands.cpp" line="790"/>
        <source>Poll every 5 s until the status is final or this many seconds passed (default 0: poll once).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/billingcommands.cpp" line="791"/>
        <source>seconds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/billingcommands.cpp" line="825"/>
        <source>Payment %1: %2 (Paynow: %3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/billingcommands.cpp" line="829"/>
        <source>The invoice is paid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/billingcommands.cpp" line="839"/>
        <source>Lists Paynow payments, newest first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/billingcommands.cpp" line="840"/>
        <source>Only this invoice&apos;s (number or id).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/billingcommands.cpp" line="840"/>
        <source>invoice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/billingcommands.cpp" line="867"/>
        <source>REFERENCE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/billingcommands.cpp" line="867"/>
        <source>METHOD</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/billingcommands.cpp" line="867"/>
        <source>AMOUNT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/billingcommands.cpp" line="867"/>
        <source>PAYNOW</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/billingcommands.cpp" line="875"/>
        <source>Stores a Paynow integration in the keychain: the id on the first line of standard input, the key on the second (never as arguments).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/billingcommands.cpp" line="877"/>
        <source>USD or ZWG.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/billingcommands.cpp" line="899"/>
        <source>Stored the Paynow %1 integration in the keychain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/billingcommands.cpp" line="908"/>
        <source>Shows the billing settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/billingcommands.cpp" line="935"/>
        <source>Sets a billing setting: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/billingcommands.cpp" line="936"/>
        <source>Setting name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/billingcommands.cpp" line="937"/>
        <source>New value.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/billingcommands.cpp" line="949"/>
        <source>Set %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/billingcommands.cpp" line="973"/>
        <source>Shows revenue per month and the outstanding and overdue totals per currency.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/billingcommands.cpp" line="974"/>
        <source>The day overdue is counted on, YYYY-MM-DD (default today, UTC).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/billingcommands.cpp" line="998"/>
        <source>Outstanding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/billingcommands.cpp" line="998"/>
        <location filename="../app/cli/billingcommands.cpp" line="999"/>
        <source>%1 (%2 invoice(s))</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/billingcommands.cpp" line="999"/>
        <source>Overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/billingcommands.cpp" line="1002"/>
        <source>Revenue %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/billingcommands.cpp" line="1054"/>
        <location filename="../app/cli/catalogcommands.cpp" line="448"/>
        <source>saasodoo %1: expected one of: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/backupcommands.cpp" line="63"/>
        <location filename="../app/cli/instancecommands.cpp" line="98"/>
        <source>Instance %1 was not found.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/instancecommands.cpp" line="100"/>
        <source>%1 instances are named %2; add --tenant &lt;slug&gt; or use the instance id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/instancecommands.cpp" line="118"/>
        <source>Docker network the instance joins (default: $SAASODOO_DOCKER_NETWORK, else saasodoo).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/instancecommands.cpp" line="192"/>
        <source>Environment variable %1 is invalid: write KEY=VALUE.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/instancecommands.cpp" line="213"/>
        <source>Tenant slug.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/instancecommands.cpp" line="214"/>
        <source>Instance name, unique within the tenant.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/instancecommands.cpp" line="215"/>
        <source>Host name (default: the host with the most free memory).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/instancecommands.cpp" line="216"/>
        <source>Odoo version: 16.0, 17.0, 18.0 or 19.0 (default 18.0).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/instancecommands.cpp" line="216"/>
        <source>version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/instancecommands.cpp" line="217"/>
        <source>Exact image tag, such as 18.0-20260817 (default: the version).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/instancecommands.cpp" line="217"/>
        <source>tag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/instancecommands.cpp" line="218"/>
        <source>development, staging or production (default development).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/instancecommands.cpp" line="218"/>
        <source>type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/instancecommands.cpp" line="219"/>
        <source>CPU limit in cores, such as 1.5 (default 1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/instancecommands.cpp" line="220"/>
        <source>Memory limit, such as 512M or 2G (default 1G).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/instancecommands.cpp" line="221"/>
        <source>Storage limit, such as 10G (default 10G).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/instancecommands.cpp" line="222"/>
        <source>The Odoo admin&apos;s login.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/instancecommands.cpp" line="223"/>
        <source>Load Odoo&apos;s demo data.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/instancecommands.cpp" line="224"/>
        <source>Database name (default: &lt;tenant&gt;_&lt;name&gt;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/instancecommands.cpp" line="225"/>
        <source>Modules to install, comma-separated.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/instancecommands.cpp" line="225"/>
        <location filename="../app/cli/instancecommands.cpp" line="226"/>
        <location filename="../app/cli/instancecommands.cpp" line="444"/>
        <source>modules</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/instancecommands.cpp" line="226"/>
        <source>Modules never to install, comma-separated.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/instancecommands.cpp" line="227"/>
        <source>Environment variable for the container (repeatable).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/instancecommands.cpp" line="227"/>
        <source>KEY=VALUE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/instancecommands.cpp" line="228"/>
        <source>Subdomain under the host&apos;s domain (default: &lt;tenant&gt;-&lt;name&gt;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/instancecommands.cpp" line="228"/>
        <source>label</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/instancecommands.cpp" line="271"/>
        <source>No active host is registered. Add one with &apos;saasodoo host add&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/instancecommands.cpp" line="284"/>
        <source>Type %1 is invalid: use development, staging or production.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/instancecommands.cpp" line="289"/>
        <location filename="../app/cli/instancecommands.cpp" line="509"/>
        <source>CPU limit %1 is invalid: give cores, such as 1.5.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/instancecommands.cpp" line="315"/>
        <source>Module %1 is both in --addons and in --disable. Remove it from one of the two.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/instancecommands.cpp" line="321"/>
        <source>Creating instance %1 on host %2 (database %3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/instancecommands.cpp" line="336"/>
        <source>Only instances in this status.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/billingcommands.cpp" line="546"/>
        <location filename="../app/cli/instancecommands.cpp" line="336"/>
        <source>status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/instancecommands.cpp" line="337"/>
        <source>Only instances on this host.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/instancecommands.cpp" line="338"/>
        <source>Only this tenant&apos;s instances.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/instancecommands.cpp" line="339"/>
        <source>Text in the name, database, subdomain or customer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/instancecommands.cpp" line="340"/>
        <source>Include deleted instances.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/instancecommands.cpp" line="353"/>
        <source>Status %1 is invalid: use one of %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/instancecommands.cpp" line="387"/>
        <source>TENANT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/instancecommands.cpp" line="387"/>
        <source>VERSION</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/instancecommands.cpp" line="387"/>
        <source>DATABASE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/instancecommands.cpp" line="387"/>
        <source>PORT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/backupcommands.cpp" line="137"/>
        <location filename="../app/cli/backupcommands.cpp" line="160"/>
        <location filename="../app/cli/backupcommands.cpp" line="297"/>
        <location filename="../app/cli/instancecommands.cpp" line="395"/>
        <location filename="../app/cli/instancecommands.cpp" line="438"/>
        <location filename="../app/cli/instancecommands.cpp" line="549"/>
        <source>Tenant slug, when instance names repeat.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/instancecommands.cpp" line="418"/>
        <source>Message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/instancecommands.cpp" line="419"/>
        <source>URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/instancecommands.cpp" line="420"/>
        <location filename="../app/cli/instancecommands.cpp" line="813"/>
        <source>Host</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/instancecommands.cpp" line="421"/>
        <source>Odoo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/instancecommands.cpp" line="422"/>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/billingcommands.cpp" line="381"/>
        <location filename="../app/cli/instancecommands.cpp" line="424"/>
        <source>Memory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/instancecommands.cpp" line="425"/>
        <source>Database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/instancecommands.cpp" line="426"/>
        <source>Admin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/instancecommands.cpp" line="427"/>
        <source>Addons</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/instancecommands.cpp" line="428"/>
        <source>Environment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/instancecommands.cpp" line="429"/>
        <source>Port</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/instancecommands.cpp" line="442"/>
        <source>Why, for the status message and the audit log.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/instancecommands.cpp" line="444"/>
        <source>Modules to update, comma-separated, or all.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/instancecommands.cpp" line="446"/>
        <source>New CPU limit in cores.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/instancecommands.cpp" line="447"/>
        <source>New memory limit, such as 2G.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/instancecommands.cpp" line="450"/>
        <source>Remove this variable (repeatable).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/instancecommands.cpp" line="450"/>
        <source>KEY</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/instancecommands.cpp" line="454"/>
        <source>Confirm: delete the container, volume, database, role and secrets.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/instancecommands.cpp" line="461"/>
        <source>give the instance, then KEY=VALUE pairs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/instancecommands.cpp" line="500"/>
        <source>missing required option --modules.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/instancecommands.cpp" line="508"/>
        <source>CPU limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/instancecommands.cpp" line="514"/>
        <source>Memory limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/instancecommands.cpp" line="537"/>
        <source>Deleting %1 removes its container, volume, database %2, role and secrets. Add --yes to confirm.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/instancecommands.cpp" line="550"/>
        <source>Number of lines from the end (default 100).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/instancecommands.cpp" line="550"/>
        <source>lines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/instancecommands.cpp" line="551"/>
        <source>Keep printing new lines until interrupted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/backupcommands.cpp" line="65"/>
        <source>%1 instances are named %2: add --tenant &lt;slug&gt; or use the instance id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/backupcommands.cpp" line="103"/>
        <source>The job recorded no backup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/backupcommands.cpp" line="124"/>
        <source>Backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/backupcommands.cpp" line="125"/>
        <source>File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/backupcommands.cpp" line="126"/>
        <source>S3 key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/backupcommands.cpp" line="126"/>
        <source>Size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/backupcommands.cpp" line="127"/>
        <source>SHA-256</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/backupcommands.cpp" line="135"/>
        <source>Backs an instance up into the local backup directory and, when an S3 bucket is configured, archives and verifies it there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/backupcommands.cpp" line="153"/>
        <source>Backed up instance %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/backupcommands.cpp" line="159"/>
        <source>Lists the backups of one instance, or of every instance.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/backupcommands.cpp" line="161"/>
        <source>Also list deleted backups.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/backupcommands.cpp" line="162"/>
        <source>Instance name or id (optional).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/backupcommands.cpp" line="192"/>
        <source>local</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/backupcommands.cpp" line="199"/>
        <location filename="../app/cli/instancecommands.cpp" line="607"/>
        <source>KIND</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/backupcommands.cpp" line="199"/>
        <location filename="../app/cli/instancecommands.cpp" line="607"/>
        <source>STATE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/backupcommands.cpp" line="199"/>
        <source>INSTANCE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/backupcommands.cpp" line="199"/>
        <source>BYTES</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/backupcommands.cpp" line="199"/>
        <source>COPIES</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/backupcommands.cpp" line="209"/>
        <source>Re-hashes and validates the local file and reads the S3 copy back. Fails when a copy differs from the catalog.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/backupcommands.cpp" line="212"/>
        <source>Downloads the S3 copy and checks its SHA-256 before use.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/backupcommands.cpp" line="214"/>
        <source>File to write (default: the backup&apos;s place in the local backup directory).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/backupcommands.cpp" line="214"/>
        <location filename="../app/cli/billingcommands.cpp" line="626"/>
        <source>file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/backupcommands.cpp" line="216"/>
        <source>Deletes the local file and the S3 copy; the catalog keeps the record as deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/backupcommands.cpp" line="218"/>
        <source>Confirm the deletion.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/backupcommands.cpp" line="230"/>
        <source>Deleting backup %1 removes its local file and its S3 copy. Add --yes to confirm.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/backupcommands.cpp" line="234"/>
        <source>%1 exists already: choose another --output file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/backupcommands.cpp" line="245"/>
        <source>Every copy of backup %1 matches the catalog.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/backupcommands.cpp" line="246"/>
        <source>Downloaded backup %1 to %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/backupcommands.cpp" line="247"/>
        <source>Deleted backup %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/backupcommands.cpp" line="255"/>
        <source>Takes the scheduled backups that are due, then deletes from both tiers the backups that each instance&apos;s retention policy no longer keeps. Meant for cron or a systemd timer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/backupcommands.cpp" line="257"/>
        <source>Apply retention without taking backups.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/backupcommands.cpp" line="284"/>
        <source>%1 new backups, %2 removed by retention, %3 kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/backupcommands.cpp" line="295"/>
        <source>Shows an instance&apos;s retention policy, or changes it with the options given. Unset options keep their value.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/backupcommands.cpp" line="298"/>
        <source>Days whose newest backup is kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/backupcommands.cpp" line="298"/>
        <location filename="../app/cli/backupcommands.cpp" line="299"/>
        <location filename="../app/cli/backupcommands.cpp" line="300"/>
        <location filename="../app/cli/billingcommands.cpp" line="275"/>
        <source>count</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/backupcommands.cpp" line="299"/>
        <source>ISO weeks whose newest backup is kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/backupcommands.cpp" line="300"/>
        <source>Months whose newest backup is kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/backupcommands.cpp" line="301"/>
        <source>Hours between scheduled backups; 0 turns them off.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/backupcommands.cpp" line="301"/>
        <source>hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/backupcommands.cpp" line="326"/>
        <source>--%1 &quot;%2&quot; is invalid: use a whole number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/backupcommands.cpp" line="343"/>
        <source>Instance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/backupcommands.cpp" line="343"/>
        <source>Daily</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/backupcommands.cpp" line="344"/>
        <source>Weekly</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/backupcommands.cpp" line="344"/>
        <source>Monthly</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/backupcommands.cpp" line="345"/>
        <source>Interval</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/backupcommands.cpp" line="345"/>
        <source>%1 hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/backupcommands.cpp" line="346"/>
        <source>Source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/backupcommands.cpp" line="346"/>
        <source>default</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/backupcommands.cpp" line="346"/>
        <source>set for this instance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/backupcommands.cpp" line="353"/>
        <source>Stores the S3 access key id (first line of standard input) and secret access key (second line) in the keychain, never an argument.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/backupcommands.cpp" line="364"/>
        <source>Standard input needs two lines: the access key id, then the secret access key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/backupcommands.cpp" line="376"/>
        <source>Stored the S3 credentials in the keychain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/backupcommands.cpp" line="430"/>
        <source>Restored as the new instance %1 (database %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/backupcommands.cpp" line="438"/>
        <source>Restores a catalogued backup (by id) or a backup file into an instance, or as a new instance. The archive is validated first. An in-place restore takes a safety backup and switches the instance to the restored copy only when it is complete.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/backupcommands.cpp" line="441"/>
        <source>Instance to restore into (name or id).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/backupcommands.cpp" line="441"/>
        <source>instance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/backupcommands.cpp" line="442"/>
        <source>Name of a new instance to restore as.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/backupcommands.cpp" line="444"/>
        <source>Tenant slug: of --into when instance names repeat, or of the --new instance (default: the backup&apos;s instance&apos;s tenant).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/backupcommands.cpp" line="447"/>
        <source>Host of the --new instance (default: the backup&apos;s instance&apos;s host).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/backupcommands.cpp" line="449"/>
        <source>Database name of the --new instance (default: from its name).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/backupcommands.cpp" line="452"/>
        <source>Docker network the --new instance joins (default: $SAASODOO_DOCKER_NETWORK, else saasodoo).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/backupcommands.cpp" line="454"/>
        <source>Disable outgoing mail and scheduled actions in the restored copy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/backupcommands.cpp" line="456"/>
        <source>Keep the backup&apos;s database.uuid and database.secret: the database moved here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/backupcommands.cpp" line="462"/>
        <source>give exactly one of --into &lt;instance&gt; and --new &lt;name&gt;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/backupcommands.cpp" line="473"/>
        <source>%1 is neither a backup id in the catalog nor a file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/backupcommands.cpp" line="503"/>
        <source>Restored %1 into instance %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/backupcommands.cpp" line="532"/>
        <source>saasodoo backup: unknown action &apos;%1&apos;. Use create, list, verify, download, delete, run-due, policy or set-s3-credentials.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/instancecommands.cpp" line="607"/>
        <source>PROGRESS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/backupcommands.cpp" line="199"/>
        <location filename="../app/cli/billingcommands.cpp" line="867"/>
        <location filename="../app/cli/instancecommands.cpp" line="607"/>
        <source>CREATED</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/instancecommands.cpp" line="607"/>
        <source>ERROR</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/backupcommands.cpp" line="124"/>
        <location filename="../app/cli/instancecommands.cpp" line="634"/>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/backupcommands.cpp" line="125"/>
        <location filename="../app/cli/instancecommands.cpp" line="634"/>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/instancecommands.cpp" line="635"/>
        <source>Progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/instancecommands.cpp" line="635"/>
        <source>Started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/instancecommands.cpp" line="636"/>
        <source>Finished</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/instancecommands.cpp" line="636"/>
        <source>Error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/instancecommands.cpp" line="676"/>
        <source>Stores the host&apos;s PostgreSQL password in the keychain, read from standard input (never an argument).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/backupcommands.cpp" line="359"/>
        <location filename="../app/cli/billingcommands.cpp" line="887"/>
        <source>Could not read standard input.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/instancecommands.cpp" line="686"/>
        <source>No password on standard input.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/instancecommands.cpp" line="693"/>
        <source>Stored the PostgreSQL password of host %1 in the keychain as %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/instancecommands.cpp" line="700"/>
        <source>Stores the passphrase of the host&apos;s encrypted TLS client key in the keychain, read from standard input (never an argument).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/instancecommands.cpp" line="710"/>
        <source>Host %1 has no TLS client key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/instancecommands.cpp" line="713"/>
        <source>The TLS client key %1 of host %2 is not encrypted, so it needs no passphrase.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/instancecommands.cpp" line="718"/>
        <source>No passphrase on standard input.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/instancecommands.cpp" line="721"/>
        <source>The passphrase does not decrypt the TLS client key %1; nothing was stored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/instancecommands.cpp" line="734"/>
        <source>Stored the passphrase as %1, but the engine could not be reached with it: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/instancecommands.cpp" line="737"/>
        <source>Stored the TLS key passphrase of host %1 in the keychain as %2; the engine accepted the key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/instancecommands.cpp" line="745"/>
        <source>Checks a host&apos;s Docker engine and PostgreSQL server and compares its instances with the catalog. Changes nothing but status messages.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/instancecommands.cpp" line="778"/>
        <source>The PostgreSQL password is not in the keychain (%1): store it with &apos;saasodoo host set-password %2&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/instancecommands.cpp" line="814"/>
        <source>Docker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/instancecommands.cpp" line="814"/>
        <source>%1 (API %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/instancecommands.cpp" line="814"/>
        <source>unreachable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/instancecommands.cpp" line="815"/>
        <source>PostgreSQL role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/instancecommands.cpp" line="817"/>
        <source>warning: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/instancecommands.cpp" line="819"/>
        <source>drift: %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/instancecommands.cpp" line="822"/>
        <source>problem: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/instancecommands.cpp" line="855"/>
        <source>saasodoo job: unknown action &apos;%1&apos;. Use list or show.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/instancecommands.cpp" line="871"/>
        <source>saasodoo instance: unknown action &apos;%1&apos;. Use create, list, show, logs or %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>saasodoo::docker</name>
    <message>
        <location filename="../core/docker/dockererror.cpp" line="22"/>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/docker/dockererror.cpp" line="44"/>
        <source>its certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/docker/dockererror.cpp" line="46"/>
        <source>its certificate &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/docker/dockererror.cpp" line="47"/>
        <source>its certificate &quot;%1&quot; issued by &quot;%2&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/docker/dockererror.cpp" line="55"/>
        <source>The Docker engine at %1 is not trusted: %2 is not signed by the CA in %3. Use the ca.pem that signed the engine&apos;s certificate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/docker/dockererror.cpp" line="57"/>
        <source>the system store</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/docker/dockererror.cpp" line="60"/>
        <source>The Docker engine at %1 is not trusted: %2 is valid for %3, not for %4, the expected server name. Correct the expected server name of the endpoint.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/docker/dockererror.cpp" line="63"/>
        <location filename="../core/docker/dockererror.cpp" line="69"/>
        <source>no name (it has no subject alternative names)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/docker/dockererror.cpp" line="66"/>
        <source>The Docker engine at %1 is not trusted: %2 is valid for %3, not for %4, the address dialled. Connect with one of those names, or set the expected server name of the endpoint.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/docker/dockererror.cpp" line="73"/>
        <source>The Docker engine at %1 is not trusted: %2 expired on %3. Renew the engine&apos;s certificate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/docker/dockererror.cpp" line="76"/>
        <source>The Docker engine at %1 is not trusted: %2 is valid only from %3. Check the clock of this computer and of the engine.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/docker/dockererror.cpp" line="83"/>
        <source>The Docker engine at %1 is not trusted: %2 was rejected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/docker/dockererror.cpp" line="91"/>
        <source>Docker is not reachable at %1: no such file. The daemon is not running, or the socket path is wrong.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/docker/dockererror.cpp" line="95"/>
        <source>Docker is not reachable at %1: connection refused. The daemon is not running or does not listen there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/docker/dockererror.cpp" line="100"/>
        <source>Docker is not reachable at %1: permission denied. The daemon is running, but this user may not open its socket: add the user to the socket&apos;s group (usually docker).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/docker/dockererror.cpp" line="105"/>
        <source>Docker is not reachable at %1: no route to the host. Check the network and the address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/docker/dockererror.cpp" line="110"/>
        <source>Docker is not reachable at %1: the connection failed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/docker/dockererror.cpp" line="120"/>
        <source>Docker is not reachable at %1: the host name %2 could not be resolved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/docker/dockererror.cpp" line="123"/>
        <source>Docker is not reachable at %1: connecting timed out after %2 s. Check that the host is up and that no firewall drops the connection.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/docker/dockererror.cpp" line="128"/>
        <source>The Docker engine at %1 sent no data for %2 s, so the call timed out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/docker/dockererror.cpp" line="132"/>
        <source>The request to the Docker engine at %1 did not finish within %2 s, so it timed out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/docker/dockererror.cpp" line="138"/>
        <source>The Docker engine at %1 requires a client certificate, but none is configured. Set the endpoint&apos;s cert.pem and key.pem.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/docker/dockererror.cpp" line="142"/>
        <source>The Docker engine at %1 rejected the client certificate %2 (&quot;%3&quot;): it is not signed by a CA that the engine trusts, or it has expired.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/docker/dockererror.cpp" line="145"/>
        <source>subject unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/docker/dockererror.cpp" line="147"/>
        <source>The client certificate %1 or its key for %2 could not be loaded. Check that both files are PEM, that they belong together, and the key&apos;s passphrase.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/docker/dockererror.cpp" line="151"/>
        <source>The CA file %1 for %2 could not be read. Check that it exists and is PEM.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/docker/dockererror.cpp" line="154"/>
        <source>The TLS handshake with the Docker engine at %1 failed. Check that it listens with TLS and that the endpoint&apos;s certificates match it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/docker/dockererror.cpp" line="158"/>
        <source>The Docker engine at %1 closed the connection without a complete reply.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/docker/dockererror.cpp" line="162"/>
        <source>The request to the Docker engine at %1 failed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/docker/dockererror.cpp" line="178"/>
        <source>The object does not exist on this engine.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/docker/dockererror.cpp" line="180"/>
        <source>The request conflicts with the object&apos;s current state or name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/docker/dockererror.cpp" line="182"/>
        <source>The engine failed internally; its log has the details.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/docker/dockererror.cpp" line="184"/>
        <source>Could not %1: the Docker engine returned HTTP %2: %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/docker/dockererror.cpp" line="207"/>
        <source>Could not %1: the call was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/docker/endpoint.cpp" line="28"/>
        <source>read the Docker endpoint settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/docker/endpoint.cpp" line="87"/>
        <source>The Docker host &quot;%1&quot; is invalid: it needs a scheme, for example unix:///var/run/docker.sock or tcp://host:2376.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/docker/endpoint.cpp" line="97"/>
        <source>The Docker host &quot;%1&quot; is invalid: a unix socket needs an absolute path.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/docker/endpoint.cpp" line="104"/>
        <source>The Docker host &quot;%1&quot; is invalid: expected tcp://host:port.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/docker/endpoint.cpp" line="106"/>
        <source>The Docker host &quot;%1&quot; is invalid: a path after the port is not supported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/docker/endpoint.cpp" line="113"/>
        <source>The Docker host &quot;%1&quot; uses %2://, which this client does not support. Use unix:// or tcp:// with TLS.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/docker/endpoint.cpp" line="116"/>
        <source>The Docker host &quot;%1&quot; has the unknown scheme %2://. Use unix:// or tcp://.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/docker/endpoint.cpp" line="166"/>
        <source>The Docker context name &quot;%1&quot; is invalid: it must match %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/docker/endpoint.cpp" line="173"/>
        <source>The Docker context &quot;%1&quot; was not found: %2 could not be read (%3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/docker/endpoint.cpp" line="178"/>
        <location filename="../core/docker/endpoint.cpp" line="217"/>
        <source>The Docker context file %1 is not valid JSON.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/docker/endpoint.cpp" line="182"/>
        <source>The Docker context &quot;%1&quot; in %2 has no docker endpoint.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/docker/endpoint.cpp" line="223"/>
        <source>The Docker context file %1 names the context &quot;%2&quot;, whose hash is not the directory name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/docker/endpoint.cpp" line="238"/>
        <source>connect to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/docker/endpoint.cpp" line="248"/>
        <source>Plain TCP to the Docker engine at %1 is rejected: anyone on the network could control the engine. Enable TLS: start dockerd with --tlsverify, --tlscacert, --tlscert and --tlskey, then set DOCKER_TLS_VERIFY=1 and DOCKER_CERT_PATH to the directory holding ca.pem, cert.pem and key.pem (usually port 2376), or use a unix:// socket.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/docker/endpoint.cpp" line="255"/>
        <source>The Docker endpoint %1 (%2) skips verification of the engine&apos;s certificate, which this client rejects. Give the endpoint the CA file that signed the engine&apos;s certificate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/docker/endpoint.cpp" line="260"/>
        <source>The Docker endpoint %1 has a client certificate without a key, or a key without a certificate. Set both cert.pem and key.pem.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/docker/endpoint.cpp" line="266"/>
        <source>The TLS file %1 for the Docker engine at %2 is missing or not readable.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/docker/streamapi.cpp" line="34"/>
        <source>a frame header of the multiplexed stream is invalid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/docker/streamapi.cpp" line="36"/>
        <source>the stream ended inside a frame</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>saasodoo::docker::DockerClient</name>
    <message>
        <location filename="../core/docker/containerapi.cpp" line="23"/>
        <source>create a container from image %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/docker/containerapi.cpp" line="24"/>
        <source>create container %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/docker/containerapi.cpp" line="28"/>
        <source>The container name &quot;%1&quot; is invalid: it must start with a letter or digit and contain only letters, digits, &apos;_&apos;, &apos;.&apos; and &apos;-&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/docker/containerapi.cpp" line="32"/>
        <source>Could not %1: no image is set.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/docker/containerapi.cpp" line="47"/>
        <source>no container ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/docker/containerapi.cpp" line="53"/>
        <source>start container %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/docker/containerapi.cpp" line="65"/>
        <source>stop container %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/docker/containerapi.cpp" line="80"/>
        <source>restart container %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/docker/containerapi.cpp" line="95"/>
        <source>kill container %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/docker/containerapi.cpp" line="110"/>
        <source>remove container %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/docker/containerapi.cpp" line="124"/>
        <source>inspect container %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/docker/containerapi.cpp" line="139"/>
        <source>list containers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/docker/containerapi.cpp" line="165"/>
        <source>wait for container %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/docker/containerapi.cpp" line="202"/>
        <source>update the limits of container %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/docker/dockerclient.cpp" line="129"/>
        <source>ping the Docker engine at %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/docker/dockerclient.cpp" line="169"/>
        <source>negotiate the API version with %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/docker/dockerclient.cpp" line="170"/>
        <source>The Docker engine at %1 speaks API %2, but this console needs API %3 or newer (Docker 20.10 or newer). Upgrade Docker on that host.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/docker/dockerclient.cpp" line="212"/>
        <source>read the Docker engine version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/docker/dockerclient.cpp" line="226"/>
        <source>read the Docker engine information</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/docker/dockerclient.cpp" line="241"/>
        <source>list images</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/docker/dockerclient.cpp" line="263"/>
        <source>inspect image %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/docker/dockerclient.cpp" line="288"/>
        <source>import image %1:%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/docker/dockerclient.cpp" line="322"/>
        <source>no image ID in the progress stream</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/docker/dockerclient.cpp" line="328"/>
        <source>remove image %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/docker/eventapi.cpp" line="40"/>
        <location filename="../core/docker/eventapi.cpp" line="106"/>
        <source>follow the Docker events</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/docker/eventapi.cpp" line="72"/>
        <source>an event is not a JSON object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/docker/eventapi.cpp" line="74"/>
        <source>an event is too long</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/docker/resourceapi.cpp" line="11"/>
        <source>create volume %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/docker/resourceapi.cpp" line="35"/>
        <source>inspect volume %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/docker/resourceapi.cpp" line="50"/>
        <source>list volumes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/docker/resourceapi.cpp" line="73"/>
        <source>remove volume %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/docker/resourceapi.cpp" line="86"/>
        <source>create network %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/docker/resourceapi.cpp" line="107"/>
        <source>inspect network %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/docker/resourceapi.cpp" line="122"/>
        <source>list networks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/docker/resourceapi.cpp" line="144"/>
        <source>remove network %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/docker/resourceapi.cpp" line="156"/>
        <source>connect container %1 to network %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/docker/resourceapi.cpp" line="176"/>
        <source>disconnect container %1 from network %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/docker/streamapi.cpp" line="45"/>
        <source>read the logs of container %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/docker/streamapi.cpp" line="73"/>
        <source>read the resource usage of container %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/docker/streamapi.cpp" line="90"/>
        <source>follow the resource usage of container %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/docker/streamapi.cpp" line="109"/>
        <source>a stats sample is not JSON</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/docker/streamapi.cpp" line="111"/>
        <source>a stats sample is too long</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/docker/streamapi.cpp" line="118"/>
        <source>run %1 in container %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/docker/streamapi.cpp" line="120"/>
        <source>Could not %1: the command is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/docker/streamapi.cpp" line="131"/>
        <source>no exec ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/docker/streamapi.cpp" line="138"/>
        <source>run exec %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/docker/streamapi.cpp" line="152"/>
        <source>read the exit code of exec %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/docker/streamapi.cpp" line="173"/>
        <source>Could not %1: the process still runs 5 s after its output ended.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/docker/streamapi.cpp" line="202"/>
        <source>read %1 in container %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/docker/streamapi.cpp" line="212"/>
        <source>no such container or path: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/docker/streamapi.cpp" line="218"/>
        <source>the X-Docker-Container-Path-Stat header is missing or invalid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/docker/streamapi.cpp" line="225"/>
        <source>copy %1 out of container %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/docker/streamapi.cpp" line="241"/>
        <source>copy files into %1 in container %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>saasodoo::docker::detail</name>
    <message>
        <location filename="../core/docker/dockerclient.cpp" line="61"/>
        <source>Could not %1: the Docker engine&apos;s reply was invalid: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/docker/dockerclient.cpp" line="69"/>
        <source>the body is not JSON</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>saasodoo::docker::detail::Transport</name>
    <message>
        <location filename="../core/docker/transport.cpp" line="403"/>
        <source>Could not %1: libcurl could not allocate a handle.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/docker/transport.cpp" line="519"/>
        <source>Could not %1: reading the data to upload failed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>saasodoo::jobs::JobRunner</name>
    <message>
        <location filename="../core/jobs/jobrunner.cpp" line="44"/>
        <source>The console closed before the job started.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/jobs/jobrunner.cpp" line="61"/>
        <source>The console stopped while this job was running. Resume it or clean up after it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/jobs/jobrunner.cpp" line="102"/>
        <source>Cancel requested.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/jobs/jobrunner.cpp" line="104"/>
        <source>Cancelled by the admin before it started.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/jobs/jobrunner.cpp" line="189"/>
        <source>Started: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/jobs/jobrunner.cpp" line="196"/>
        <source>Internal error in the job: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/jobs/jobrunner.cpp" line="198"/>
        <source>Internal error in the job.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/jobs/jobrunner.cpp" line="233"/>
        <source>Finished.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/jobs/jobrunner.cpp" line="234"/>
        <source>Cancelled: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/jobs/jobrunner.cpp" line="235"/>
        <source>Failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/jobs/jobrunner.cpp" line="270"/>
        <source>Step %1 of %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>saasodoo::postgres</name>
    <message>
        <location filename="../core/postgres/instancedatabase.cpp" line="62"/>
        <source>Database %1 disappeared while its privileges were being set.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/postgres/instancedatabase.cpp" line="66"/>
        <source>Database %1 is owned by %2 instead of %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/postgres/instancedatabase.cpp" line="71"/>
        <source>Database %1 still has the default privileges, which let every role connect: revoking CONNECT from PUBLIC did not take effect.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/postgres/instancedatabase.cpp" line="76"/>
        <source>Database %1 still grants %2 to PUBLIC after the REVOKE. The console&apos;s role may lack the right to change its privileges.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/postgres/instancedatabase.cpp" line="94"/>
        <source>PostgreSQL at %1 did not report the connected role.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/postgres/instancedatabase.cpp" line="104"/>
        <source>The role %1 on %2 is a superuser. The console refuses superuser credentials: a provisioning job holding them could read or destroy every customer&apos;s database. Create a role with CREATEDB CREATEROLE and without SUPERUSER, or set the host&apos;s superuser override if you accept the risk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/postgres/instancedatabase.cpp" line="111"/>
        <source>The role %1 is a superuser; the host&apos;s override allows it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/postgres/instancedatabase.cpp" line="118"/>
        <source>The role %1 on %2 lacks %3, which the console needs to create each instance&apos;s database and role. Run: ALTER ROLE %1 %3;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/postgres/instancedatabase.cpp" line="123"/>
        <source>PostgreSQL %1 lets a role with CREATEROLE grant itself built-in roles such as pg_execute_server_program, which reach the server&apos;s shell. PostgreSQL 16 or newer limits CREATEROLE to the roles it created; upgrade the server when you can.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/postgres/instancedatabase.cpp" line="151"/>
        <source>A database named %1 already exists on %2. Choose another database name, or restore into the existing one explicitly.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/postgres/instancedatabase.cpp" line="155"/>
        <source>A role named %1 already exists on %2; it may belong to another instance.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/postgres/instancedatabase.cpp" line="192"/>
        <source>PostgreSQL did not apply the privileges on %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/postgres/instancedatabase.cpp" line="205"/>
        <source>The role %1 cannot connect to the postgres database on %2, so the Odoo container would wait for it and exit. Grant CONNECT on database postgres to PUBLIC or to the instance roles.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>saasodoo::postgres::PgConnection</name>
    <message>
        <location filename="../core/postgres/pgconnection.cpp" line="64"/>
        <source>Could not connect to PostgreSQL as %1 (database %2): %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/postgres/pgconnection.cpp" line="111"/>
        <source>PostgreSQL at %1 rejected %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/postgres/pgconnection.cpp" line="187"/>
        <source>Could not hash the password for role %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>saasodoo::provisioning</name>
    <message>
        <location filename="../core/provisioning/instanceplan.cpp" line="48"/>
        <source>Module %1 is both in the addons to install and in the disabled modules. Remove it from one of the two lists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/provisioning/instanceplan.cpp" line="53"/>
        <source>Instance %1 has no database name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/provisioning/provisioner.cpp" line="125"/>
        <source>The engine sent no tar header for /var/lib/odoo.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/provisioning/provisioner.cpp" line="132"/>
        <source>Could not read the owner of /var/lib/odoo from the image.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/provisioning/provisioner.cpp" line="175"/>
        <source>Odoo&apos;s JSON-RPC at %1 failed: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/provisioning/provisioner.cpp" line="181"/>
        <source>Odoo rejected %1.%2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/provisioning/provisioner.cpp" line="197"/>
        <source>Cancelled by the admin.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/provisioning/provisioner.cpp" line="207"/>
        <source>The Odoo container was killed for running out of memory before it answered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/provisioning/provisioner.cpp" line="208"/>
        <source>The Odoo container stopped with exit code %1 before it answered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/provisioning/provisioner.cpp" line="212"/>
        <source>Odoo did not answer %1/web/health within %2 s (last result: %3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/provisioning/reconciler.cpp" line="56"/>
        <source>Container %1 no longer exists on the host; it was removed outside the console.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/provisioning/reconciler.cpp" line="66"/>
        <source>The container was killed for running out of memory (limit %1 MiB).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/provisioning/reconciler.cpp" line="67"/>
        <source>The container stopped outside the console with exit code %1 at %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/provisioning/reconciler.cpp" line="74"/>
        <source>The container was started outside the console while the instance was %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/provisioning/reconciler.cpp" line="80"/>
        <source>Database %1 is missing on the PostgreSQL server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/provisioning/reconciler.cpp" line="85"/>
        <source>The engine restarted the container %1 times after it exited.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/provisioning/dockeraccess.cpp" line="58"/>
        <source>The TLS client key %1 of host %2 is encrypted, and no keychain is open to read its passphrase.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/provisioning/dockeraccess.cpp" line="67"/>
        <source>The TLS client key %1 of host %2 is encrypted, but its passphrase could not be read from the keychain: %3 Store it with &quot;saasodoo host set-tls-passphrase %2&quot; or in the host&apos;s settings.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>saasodoo::provisioning::Provisioner</name>
    <message>
        <location filename="../core/provisioning/provisioner.cpp" line="261"/>
        <source>Instance %1 is %2; only a new instance or one whose creation failed can be created.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/provisioning/provisioner.cpp" line="276"/>
        <source>Instance %1 on host %2: database %3, image %4, %5 workers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/provisioning/provisioner.cpp" line="292"/>
        <location filename="../core/provisioning/provisioner.cpp" line="328"/>
        <source>Step &quot;%1&quot; failed: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/provisioning/provisioner.cpp" line="293"/>
        <source>Removing what this run created.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/provisioning/provisioner.cpp" line="309"/>
        <source>Could not remove volume %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/provisioning/provisioner.cpp" line="320"/>
        <source>Could not drop database %1 and role %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/provisioning/provisioner.cpp" line="330"/>
        <location filename="../core/provisioning/provisioner.cpp" line="801"/>
        <source>Last container log lines:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/provisioning/provisioner.cpp" line="336"/>
        <source>Could not record the failure on the instance: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/provisioning/provisioner.cpp" line="348"/>
        <source>Image %1 is not on host %2. Pull or build it there first (docker pull %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/provisioning/provisioner.cpp" line="358"/>
        <source>The PostgreSQL password of host %1 is not available: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/provisioning/provisioner.cpp" line="391"/>
        <source>Created role %1 and database %2; only that role may connect to it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/provisioning/provisioner.cpp" line="409"/>
        <source>Created network %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/provisioning/provisioner.cpp" line="417"/>
        <source>Volume %1 already exists on host %2 and belongs to %3. Remove or rename it first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/provisioning/provisioner.cpp" line="419"/>
        <source>something else</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/provisioning/provisioner.cpp" line="419"/>
        <source>instance %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/provisioning/provisioner.cpp" line="480"/>
        <source>Running: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/provisioning/provisioner.cpp" line="505"/>
        <source>Cancelled by the admin.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/provisioning/provisioner.cpp" line="507"/>
        <source>Odoo&apos;s database initialisation did not finish within %1 s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/provisioning/provisioner.cpp" line="511"/>
        <source>Odoo&apos;s database initialisation exited with code %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/provisioning/provisioner.cpp" line="515"/>
        <source>Installed modules: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/provisioning/provisioner.cpp" line="544"/>
        <source>Host %1 has no free port left in its range %2-%3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/provisioning/provisioner.cpp" line="575"/>
        <source>Port %1 on host %2 is taken; trying the next one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/provisioning/provisioner.cpp" line="580"/>
        <location filename="../core/provisioning/provisioner.cpp" line="836"/>
        <source>The engine reported no published port for 8069.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/provisioning/provisioner.cpp" line="590"/>
        <source>Waiting for Odoo to answer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/provisioning/provisioner.cpp" line="604"/>
        <source>Odoo answers at %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/provisioning/provisioner.cpp" line="616"/>
        <source>Odoo did not accept its initial admin login.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/provisioning/provisioner.cpp" line="635"/>
        <source>Running at %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/provisioning/provisioner.cpp" line="638"/>
        <source>Instance %1 is running at %2. Admin login: %3 (password in the keychain under %4).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/provisioning/provisioner.cpp" line="666"/>
        <source>Deleting.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/provisioning/provisioner.cpp" line="671"/>
        <source>Delete failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/provisioning/provisioner.cpp" line="694"/>
        <source>Left container %1 alone: it does not belong to this instance.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/provisioning/provisioner.cpp" line="709"/>
        <source>Left volume %1 alone: it does not belong to this instance.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/provisioning/provisioner.cpp" line="718"/>
        <source>the PostgreSQL password of host %1 is not available (%2). Store it with &apos;saasodoo host set-password %1&apos;, then delete again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/provisioning/provisioner.cpp" line="740"/>
        <source>Deleted; the catalog keeps this record.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/provisioning/provisioner.cpp" line="781"/>
        <source>%1 in progress.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/provisioning/provisioner.cpp" line="792"/>
        <source>%1 instance %2 (was %3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/provisioning/provisioner.cpp" line="799"/>
        <source>%1 failed: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/provisioning/provisioner.cpp" line="811"/>
        <source>%1 finished.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/provisioning/provisioner.cpp" line="907"/>
        <source>Suspended; data kept. Resume to start it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/provisioning/provisioner.cpp" line="908"/>
        <source>Suspended: %1. Data kept; resume to start it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/provisioning/provisioner.cpp" line="1001"/>
        <source>Name the modules to update, or &quot;all&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/provisioning/provisioner.cpp" line="1028"/>
        <source>Odoo&apos;s module update exited with code %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/provisioning/provisioner.cpp" line="1030"/>
        <source>Updated modules: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>saasodoo::provisioning::Reconciler</name>
    <message>
        <location filename="../core/provisioning/reconciler.cpp" line="165"/>
        <source>Cancelled by the admin.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/provisioning/reconciler.cpp" line="188"/>
        <source>Container %1 carries the console&apos;s labels for instance %2, which the catalog does not list. It was left as it is.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>saasodoo::secrets</name>
    <message>
        <location filename="../core/secrets/secretstore.cpp" line="78"/>
        <source>No keychain is available. On Linux, install and unlock a Secret Service provider (GNOME Keyring or KWallet) in your desktop session, then try again. You can also keep secrets in memory for this session only.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>saasodoo::secrets::SecretStore</name>
    <message>
        <location filename="../core/secrets/secretstore.cpp" line="218"/>
        <source>No secret is kept for %1 in this session.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/secrets/secretstore.cpp" line="242"/>
        <source>The keychain is not available while the application shuts down.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/secrets/secretstore.cpp" line="289"/>
        <source>The keychain is locked, so %1 could not be read. Unlock it (GNOME Keyring or KWallet, for example by logging in again) and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/secrets/secretstore.cpp" line="297"/>
        <source>No secret is stored in the keychain for %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/secrets/secretstore.cpp" line="300"/>
        <source>The keychain denied access to %1. Unlock the keychain (GNOME Keyring, KWallet, Keychain or Credential Manager) and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/secrets/secretstore.cpp" line="313"/>
        <source>The keychain failed on %1: %2. %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/secrets/secretstore.cpp" line="328"/>
        <source>The keychain did not answer within %1 seconds while handling %2. Check that the Secret Service (GNOME Keyring or KWallet) is running and unlocked.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>saasodoo::storage</name>
    <message>
        <location filename="../core/storage/s3client.cpp" line="138"/>
        <source>The metadata entry &quot;%1&quot; is invalid: S3 metadata names and values must be printable ASCII.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>saasodoo::storage::S3Client</name>
    <message>
        <location filename="../core/storage/s3client.cpp" line="153"/>
        <source>PutObject of &quot;%1&quot; was not sent: %2 bytes exceed S3&apos;s 5 GiB limit for one request. Use a multipart upload.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/storage/s3client.cpp" line="159"/>
        <source>PutObject of &quot;%1&quot; failed: the source is not open for reading.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/storage/s3client.cpp" line="182"/>
        <source>PutObject of &quot;%1&quot; failed: the source ended after %2 of %3 bytes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/storage/s3client.cpp" line="192"/>
        <source>PutObject of &quot;%1&quot; failed: could not rewind the source after hashing it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/storage/s3client.cpp" line="225"/>
        <source>the receiver of the data stopped the transfer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/storage/s3client.cpp" line="274"/>
        <source>ListObjectsV2 on bucket &quot;%1&quot; failed: the reply from %2 is not a ListBucketResult.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/storage/s3client.cpp" line="372"/>
        <source>the probe object has %1 bytes instead of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/storage/s3client.cpp" line="384"/>
        <source>Connected to bucket &quot;%1&quot; at %2: a probe object was written, read and deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/storage/s3multipart.cpp" line="113"/>
        <source>ListParts of &quot;%1&quot; failed: the reply is not a ListPartsResult.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/storage/s3multipart.cpp" line="140"/>
        <source>ListMultipartUploads on bucket &quot;%1&quot; failed: the reply is not a ListMultipartUploadsResult.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/storage/s3multipart.cpp" line="168"/>
        <source>Multipart upload of &quot;%1&quot; failed: the source is not open for reading.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/storage/s3multipart.cpp" line="170"/>
        <source>Multipart upload of &quot;%1&quot; failed: the size %2 is invalid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/storage/s3multipart.cpp" line="182"/>
        <source>Multipart upload of &quot;%1&quot; failed: a sequential source needs its SHA-256 in the options, because it cannot be read twice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/storage/s3multipart.cpp" line="191"/>
        <source>Multipart upload of &quot;%1&quot; failed: the source ended after %2 of %3 bytes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/storage/s3multipart.cpp" line="201"/>
        <source>Multipart upload of &quot;%1&quot; failed: could not rewind the source.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/storage/s3multipart.cpp" line="209"/>
        <source>Multipart upload of &quot;%1&quot; cannot resume upload %2: it was started for &quot;%3&quot; with %4 bytes and another SHA-256. Start a new upload.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/storage/s3multipart.cpp" line="243"/>
        <source>CreateMultipartUpload of &quot;%1&quot; failed: the reply contains no UploadId.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/storage/s3multipart.cpp" line="256"/>
        <source>%1 Upload %2 was kept on the server to resume later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/storage/s3multipart.cpp" line="262"/>
        <source>%1 Aborting upload %2 failed too: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/storage/s3multipart.cpp" line="265"/>
        <source>%1 The upload was aborted, so no parts remain on the server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/storage/s3multipart.cpp" line="275"/>
        <source>Multipart upload of &quot;%1&quot; failed: could not seek the source to byte %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/storage/s3multipart.cpp" line="277"/>
        <source>Multipart upload of &quot;%1&quot; failed: the source ended before byte %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/storage/s3multipart.cpp" line="331"/>
        <source>the part&apos;s ETag %1 is not its MD5 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/storage/s3multipart.cpp" line="357"/>
        <source>Multipart upload of &quot;%1&quot; was cancelled at part %2 of %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/storage/s3multipart.cpp" line="362"/>
        <source>Multipart upload of &quot;%1&quot; failed at part %2 of %3: %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/storage/s3multipart.cpp" line="403"/>
        <source>Multipart upload of &quot;%1&quot; completed, but the object on the server does not match: expected %2 bytes with SHA-256 %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/storage/s3multipart.cpp" line="421"/>
        <source>Verification of &quot;%1&quot; failed: the object does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/storage/s3multipart.cpp" line="424"/>
        <source>Verification of &quot;%1&quot; failed: its x-amz-meta-sha256 is &quot;%2&quot;, expected %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/storage/s3multipart.cpp" line="442"/>
        <source>Verification of &quot;%1&quot; failed: the %2 bytes read back have SHA-256 %3, expected %4.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>saasodoo::storage::S3Client::Private</name>
    <message>
        <location filename="../core/storage/s3transport.cpp" line="217"/>
        <source>libcurl could not allocate a handle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/storage/s3transport.cpp" line="360"/>
        <source>%1 on bucket &quot;%2&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/storage/s3transport.cpp" line="361"/>
        <source>%1 of &quot;%2&quot; in bucket &quot;%3&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/storage/s3transport.cpp" line="363"/>
        <source>%1 was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/storage/s3transport.cpp" line="365"/>
        <source>%1 failed: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/storage/s3transport.cpp" line="367"/>
        <source>%1 timed out at %2: %3. Check the network, or raise the idle timeout (now %4 s).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/storage/s3transport.cpp" line="372"/>
        <source>%1 failed: could not reach the S3 endpoint %2: %3. Check the endpoint URL and the network.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/storage/s3transport.cpp" line="377"/>
        <source>%1 failed: HTTP %2 %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/storage/s3transport.cpp" line="383"/>
        <source>The secret key does not match the access key, or a proxy changed the request. Check the secret key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/storage/s3transport.cpp" line="386"/>
        <source>The server does not know this access key. Check the access key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/storage/s3transport.cpp" line="391"/>
        <source>This computer&apos;s clock is %1 behind the server&apos;s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/storage/s3transport.cpp" line="392"/>
        <source>This computer&apos;s clock is %1 ahead of the server&apos;s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/storage/s3transport.cpp" line="394"/>
        <source>Correct the system clock (for example, enable NTP).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/storage/s3transport.cpp" line="396"/>
        <source>This computer&apos;s clock differs from the server&apos;s by more than 15 minutes. Correct the system clock.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/storage/s3transport.cpp" line="400"/>
        <source>Create the bucket or correct its name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/storage/s3transport.cpp" line="434"/>
        <source>could not rewind the source to retry</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>saasodoo::ui::BackupTableModel</name>
    <message>
        <location filename="../ui/backuptablemodel.cpp" line="31"/>
        <source>Local and S3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/backuptablemodel.cpp" line="33"/>
        <source>Local</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/backuptablemodel.cpp" line="35"/>
        <source>S3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/backuptablemodel.cpp" line="36"/>
        <source>None</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/backuptablemodel.cpp" line="42"/>
        <source>Manual</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/backuptablemodel.cpp" line="43"/>
        <source>Scheduled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/backuptablemodel.cpp" line="44"/>
        <source>Safety</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/backuptablemodel.cpp" line="52"/>
        <source>Pending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/backuptablemodel.cpp" line="53"/>
        <source>Running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/backuptablemodel.cpp" line="54"/>
        <source>Completed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/backuptablemodel.cpp" line="55"/>
        <source>Failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/backuptablemodel.cpp" line="56"/>
        <source>Expired</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/backuptablemodel.cpp" line="57"/>
        <source>Deleted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/backuptablemodel.cpp" line="64"/>
        <source>deleted instance %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/backuptablemodel.cpp" line="69"/>
        <source>%1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/backuptablemodel.cpp" line="123"/>
        <source>Never</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/backuptablemodel.cpp" line="135"/>
        <source>Instance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/backuptablemodel.cpp" line="136"/>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/backuptablemodel.cpp" line="137"/>
        <source>Taken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/backuptablemodel.cpp" line="138"/>
        <source>Size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/backuptablemodel.cpp" line="139"/>
        <source>SHA-256</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/backuptablemodel.cpp" line="140"/>
        <source>Odoo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/backuptablemodel.cpp" line="141"/>
        <source>Location</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/backuptablemodel.cpp" line="142"/>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/backuptablemodel.cpp" line="143"/>
        <source>Expires</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>saasodoo::ui::BackupsPane</name>
    <message>
        <location filename="../ui/backupspane.cpp" line="49"/>
        <source>&amp;Back up now…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/backupspane.cpp" line="51"/>
        <source>&amp;Verify</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/backupspane.cpp" line="53"/>
        <source>Down&amp;load from S3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/backupspane.cpp" line="55"/>
        <source>Restore &amp;into…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/backupspane.cpp" line="57"/>
        <source>Restore as &amp;new instance…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/backupspane.cpp" line="59"/>
        <source>&amp;Delete…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/backupspane.cpp" line="61"/>
        <source>&amp;Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/backupspane.cpp" line="71"/>
        <source>All states</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/backupspane.cpp" line="72"/>
        <source>In progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/backupspane.cpp" line="89"/>
        <source>Could not load backups: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/backupspane.cpp" line="109"/>
        <source>%n backup(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/backupspane.cpp" line="131"/>
        <source>No selected backup allows this action.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/backupspane.cpp" line="133"/>
        <source>Submitted %n job(s): follow them in the Jobs dock.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/backupspane.cpp" line="180"/>
        <source>Delete these backups? Their local files and S3 objects are removed; the catalog keeps a record for the audit trail. This cannot be undone.&lt;ul&gt;%1&lt;/ul&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/backupspane.cpp" line="183"/>
        <source>Delete %n backup(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/backupspane.cpp" line="208"/>
        <source>No chosen instance can be backed up in its current state.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/backupspane.cpp" line="210"/>
        <source>Submitted %n backup job(s): follow them in the Jobs dock.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/backupspane.cpp" line="231"/>
        <source>No instance can be backed up now: each must be running or stopped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/backupspane.cpp" line="236"/>
        <source>Back up now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/backupspane.cpp" line="236"/>
        <source>Instance to back up:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/backupspane.cpp" line="255"/>
        <source>Different Odoo version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/backupspane.cpp" line="256"/>
        <source>This backup is from Odoo %1, but %2 runs Odoo %3, which cannot open a database of another version. Restore it as a new instance instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/backupspane.cpp" line="262"/>
        <source>Restore the backup %1 into the instance %2?

The console first takes a safety backup of %2, then restores into a new database and filestore, and switches %2 over only when both are complete. %2 stops for a short time during the switch.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/backupspane.cpp" line="266"/>
        <source>Restore into %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/backupspane.cpp" line="273"/>
        <source>Restoring into %1: follow the job in the Jobs dock.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/backupspane.cpp" line="291"/>
        <source>No instance to restore into</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/backupspane.cpp" line="292"/>
        <source>No instance runs Odoo %1 in a state that allows a restore. Restore the backup as a new instance instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/backupspane.cpp" line="298"/>
        <source>Restore into</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/backupspane.cpp" line="299"/>
        <source>Instance to restore into (Odoo %1):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/backupspane.cpp" line="309"/>
        <source>Instance name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/backupspane.cpp" line="311"/>
        <source>Invalid name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/backupspane.cpp" line="319"/>
        <source>Restoring as the new instance %1: follow the job in the Jobs dock.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/backupspane.cpp" line="330"/>
        <source>Restore as new instance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/backupspane.cpp" line="331"/>
        <source>Name of the new instance (Odoo %1, on the same tenant and host):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/backupspane.cpp" line="340"/>
        <source>The catalog is not open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/backupspane.cpp" line="357"/>
        <source>Select one or more completed backups.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/backupspane.cpp" line="358"/>
        <source>Select exactly one completed backup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/backupspane.cpp" line="363"/>
        <source>Select a completed backup whose only copy is on S3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/backupspane.cpp" line="367"/>
        <source>Select one or more backups that no job is writing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/backupspane.cpp" line="374"/>
        <source>&lt;p&gt;Select a backup to see its details.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/backupspane.cpp" line="376"/>
        <source>&lt;p&gt;%n backups selected.&lt;/p&gt;</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/backupspane.cpp" line="383"/>
        <source>Never</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/backupspane.cpp" line="386"/>
        <source>Instance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/backupspane.cpp" line="387"/>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/backupspane.cpp" line="388"/>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/backupspane.cpp" line="389"/>
        <source>Taken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/backupspane.cpp" line="390"/>
        <source>Size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/backupspane.cpp" line="391"/>
        <source>Odoo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/backupspane.cpp" line="392"/>
        <source>SHA-256</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/backupspane.cpp" line="393"/>
        <source>Local file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/backupspane.cpp" line="393"/>
        <location filename="../ui/backupspane.cpp" line="394"/>
        <source>None</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/backupspane.cpp" line="394"/>
        <source>S3 key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/backupspane.cpp" line="395"/>
        <source>Archived</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/backupspane.cpp" line="396"/>
        <source>Verified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/backupspane.cpp" line="397"/>
        <source>Expires</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/backupspane.cpp" line="400"/>
        <source>Error</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>saasodoo::ui::ConfirmDeleteDialog</name>
    <message>
        <location filename="../ui/confirmdeletedialog.cpp" line="22"/>
        <source>Type &lt;b&gt;%1&lt;/b&gt; to confirm:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>saasodoo::ui::CustomerDialog</name>
    <message>
        <location filename="../ui/customerdialog.cpp" line="30"/>
        <source>New customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/customerdialog.cpp" line="30"/>
        <source>Edit customer %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/customerdialog.cpp" line="38"/>
        <source>Mutare Hardware (Pvt) Ltd</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/customerdialog.cpp" line="39"/>
        <source>accounts@example.co.zw</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/customerdialog.cpp" line="40"/>
        <source>0771 234 567 or +263 77 123 4567</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/customerdialog.cpp" line="42"/>
        <source>ZW</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/customerdialog.cpp" line="54"/>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/customerdialog.cpp" line="55"/>
        <source>Customer name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/customerdialog.cpp" line="57"/>
        <source>&amp;Email:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/customerdialog.cpp" line="58"/>
        <source>Email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/customerdialog.cpp" line="60"/>
        <source>&amp;Phone:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/customerdialog.cpp" line="64"/>
        <source>&amp;Company:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/customerdialog.cpp" line="65"/>
        <source>C&amp;ountry:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/customerdialog.cpp" line="68"/>
        <source>&amp;Status:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/customerdialog.cpp" line="69"/>
        <source>N&amp;otes:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>saasodoo::ui::CustomerTableModel</name>
    <message>
        <location filename="../ui/customertablemodel.cpp" line="74"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/customertablemodel.cpp" line="75"/>
        <source>Email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/customertablemodel.cpp" line="76"/>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/customertablemodel.cpp" line="77"/>
        <source>Company</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/customertablemodel.cpp" line="78"/>
        <source>Country</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/customertablemodel.cpp" line="79"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/customertablemodel.cpp" line="80"/>
        <source>Tenants</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/customertablemodel.cpp" line="81"/>
        <source>Instances</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/customertablemodel.cpp" line="82"/>
        <source>Updated</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>saasodoo::ui::CustomersPane</name>
    <message>
        <location filename="../ui/customerspane.cpp" line="26"/>
        <source>&amp;New customer…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/customerspane.cpp" line="27"/>
        <source>&amp;Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/customerspane.cpp" line="28"/>
        <source>New &amp;tenant…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/customerspane.cpp" line="31"/>
        <source>&amp;Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/customerspane.cpp" line="42"/>
        <source>All statuses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/customerspane.cpp" line="56"/>
        <source>Could not load customers: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/customerspane.cpp" line="60"/>
        <source>%n customer(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/customerspane.cpp" line="71"/>
        <source>Added customer %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/customerspane.cpp" line="91"/>
        <source>Saved customer %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/customerspane.cpp" line="99"/>
        <source>The catalog is not open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/customerspane.cpp" line="102"/>
        <source>Select exactly one customer to edit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/customerspane.cpp" line="104"/>
        <source>Select one customer, or none, to add a tenant.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/customerspane.cpp" line="111"/>
        <source>&lt;p&gt;Select a customer to see its details.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/customerspane.cpp" line="113"/>
        <source>&lt;p&gt;%n customers selected.&lt;/p&gt;</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/customerspane.cpp" line="121"/>
        <source>Email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/customerspane.cpp" line="122"/>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/customerspane.cpp" line="123"/>
        <source>Company</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/customerspane.cpp" line="124"/>
        <source>Country</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/customerspane.cpp" line="125"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/customerspane.cpp" line="126"/>
        <source>Tenants</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/customerspane.cpp" line="127"/>
        <source>Instances</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/customerspane.cpp" line="128"/>
        <source>Created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/customerspane.cpp" line="129"/>
        <source>Updated by</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>saasodoo::ui::DashboardPane</name>
    <message>
        <location filename="../ui/dashboardpane.cpp" line="39"/>
        <source>&lt;h2&gt;Dashboard&lt;/h2&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dashboardpane.cpp" line="41"/>
        <source>no catalog was given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dashboardpane.cpp" line="42"/>
        <source>&lt;p&gt;The catalog is not open: %1&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dashboardpane.cpp" line="55"/>
        <source>&lt;p&gt;Could not read the catalog: %1&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/dashboardpane.cpp" line="60"/>
        <source>&lt;p&gt;%n customer(s), </source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/dashboardpane.cpp" line="61"/>
        <source>%n instance(s), </source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/dashboardpane.cpp" line="62"/>
        <source>%n host(s).&lt;/p&gt;</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/dashboardpane.cpp" line="67"/>
        <source>&lt;h3&gt;Instances by status&lt;/h3&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dashboardpane.cpp" line="69"/>
        <source>&lt;p&gt;No instances yet. Add a host, a customer and a tenant, then create an instance.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dashboardpane.cpp" line="84"/>
        <source>&lt;h3&gt;Hosts&lt;/h3&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dashboardpane.cpp" line="87"/>
        <source>&lt;p&gt;No hosts yet. Open the Hosts pane and add your first Docker host.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dashboardpane.cpp" line="90"/>
        <source>Host</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dashboardpane.cpp" line="90"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dashboardpane.cpp" line="90"/>
        <source>CPU cores</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dashboardpane.cpp" line="90"/>
        <source>Memory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dashboardpane.cpp" line="90"/>
        <source>Instances</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dashboardpane.cpp" line="91"/>
        <source>Running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dashboardpane.cpp" line="91"/>
        <source>In error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dashboardpane.cpp" line="91"/>
        <source>Cores per instance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dashboardpane.cpp" line="96"/>
        <source>–</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dashboardpane.cpp" line="111"/>
        <source>&lt;h3&gt;Failed jobs&lt;/h3&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dashboardpane.cpp" line="127"/>
        <source>&lt;p&gt;No failed jobs.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>saasodoo::ui::EnvironmentDialog</name>
    <message>
        <location filename="../ui/instanceactiondialogs.cpp" line="148"/>
        <source>Environment variables of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/instanceactiondialogs.cpp" line="154"/>
        <source>One KEY=value per line. Saving recreates the container on the same volume, so Odoo restarts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/instanceactiondialogs.cpp" line="181"/>
        <source>Line %1 is invalid: write KEY=value.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/instanceactiondialogs.cpp" line="186"/>
        <source>Line %1 sets %2 a second time.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>saasodoo::ui::HostDialog</name>
    <message>
        <location filename="../ui/hostdialog.cpp" line="64"/>
        <source>Add host</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/hostdialog.cpp" line="64"/>
        <source>Edit host %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/hostdialog.cpp" line="66"/>
        <source>harare-1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/hostdialog.cpp" line="68"/>
        <source>unix:///var/run/docker.sock or tcp://docker.example.co.zw:2376</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/hostdialog.cpp" line="69"/>
        <source>ca.pem path or keychain:&lt;key&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/hostdialog.cpp" line="70"/>
        <source>cert.pem path or keychain:&lt;key&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/hostdialog.cpp" line="71"/>
        <source>key.pem path or keychain:&lt;key&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/hostdialog.cpp" line="73"/>
        <source>only for an encrypted key; kept in the keychain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/hostdialog.cpp" line="76"/>
        <source>only when the certificate names another host</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/hostdialog.cpp" line="77"/>
        <source>db.example.co.zw</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/hostdialog.cpp" line="82"/>
        <source>saasodoo_admin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/hostdialog.cpp" line="84"/>
        <source>unchanged (stored in the keychain)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/hostdialog.cpp" line="87"/>
        <source>the PostgreSQL address as containers see it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/hostdialog.cpp" line="88"/>
        <source>Allow a &amp;superuser role (not recommended)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/hostdialog.cpp" line="91"/>
        <source>odoo.example.co.zw</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/hostdialog.cpp" line="92"/>
        <source>odoo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/hostdialog.cpp" line="96"/>
        <location filename="../ui/hostdialog.cpp" line="101"/>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/hostdialog.cpp" line="109"/>
        <source>16G</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/hostdialog.cpp" line="114"/>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/hostdialog.cpp" line="115"/>
        <source>Host name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/hostdialog.cpp" line="117"/>
        <source>Docker &amp;endpoint:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/hostdialog.cpp" line="120"/>
        <source>TLS CA certificate:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/hostdialog.cpp" line="121"/>
        <source>TLS CA certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/hostdialog.cpp" line="123"/>
        <source>TLS client certificate:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/hostdialog.cpp" line="124"/>
        <source>TLS client certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/hostdialog.cpp" line="126"/>
        <source>TLS client key:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/hostdialog.cpp" line="127"/>
        <source>TLS client key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/hostdialog.cpp" line="129"/>
        <source>TLS key &amp;passphrase:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/hostdialog.cpp" line="130"/>
        <source>TLS server name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/hostdialog.cpp" line="131"/>
        <source>&amp;Image repository:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/hostdialog.cpp" line="134"/>
        <source>Public &amp;base domain:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/hostdialog.cpp" line="135"/>
        <source>Public base domain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/hostdialog.cpp" line="142"/>
        <source>to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/hostdialog.cpp" line="144"/>
        <source>Published &amp;ports:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/hostdialog.cpp" line="146"/>
        <source>&amp;CPU cores:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/hostdialog.cpp" line="147"/>
        <source>Host CPU cores</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/hostdialog.cpp" line="148"/>
        <source>&amp;Memory:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/hostdialog.cpp" line="149"/>
        <location filename="../ui/hostdialog.cpp" line="152"/>
        <location filename="../ui/hostdialog.cpp" line="236"/>
        <source>Host memory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/hostdialog.cpp" line="154"/>
        <source>Test &amp;Docker connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/hostdialog.cpp" line="160"/>
        <source>PostgreSQL &amp;host:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/hostdialog.cpp" line="161"/>
        <source>PostgreSQL host</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/hostdialog.cpp" line="163"/>
        <source>Po&amp;rt:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/hostdialog.cpp" line="164"/>
        <source>PostgreSQL port</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/hostdialog.cpp" line="165"/>
        <source>Admin &amp;user:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/hostdialog.cpp" line="166"/>
        <source>PostgreSQL admin user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/hostdialog.cpp" line="168"/>
        <source>Pass&amp;word:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/hostdialog.cpp" line="170"/>
        <source>PostgreSQL password is missing: the console stores it in the keychain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/hostdialog.cpp" line="173"/>
        <source>Address from &amp;containers:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/hostdialog.cpp" line="175"/>
        <source>Test &amp;PostgreSQL connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/hostdialog.cpp" line="180"/>
        <source>Docker engine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/hostdialog.cpp" line="182"/>
        <source>PostgreSQL server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/hostdialog.cpp" line="256"/>
        <source>Testing…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>saasodoo::ui::HostTableModel</name>
    <message>
        <location filename="../ui/hosttablemodel.cpp" line="73"/>
        <source>The console may connect to this host&apos;s PostgreSQL as a superuser (override set). A role with only CREATEDB and CREATEROLE is safer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/hosttablemodel.cpp" line="105"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/hosttablemodel.cpp" line="106"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/hosttablemodel.cpp" line="107"/>
        <source>Docker endpoint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/hosttablemodel.cpp" line="108"/>
        <source>PostgreSQL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/hosttablemodel.cpp" line="109"/>
        <source>Base domain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/hosttablemodel.cpp" line="110"/>
        <source>CPU cores</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/hosttablemodel.cpp" line="111"/>
        <source>Memory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/hosttablemodel.cpp" line="112"/>
        <source>Instances</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/hosttablemodel.cpp" line="113"/>
        <source>Running</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>saasodoo::ui::HostsPane</name>
    <message>
        <location filename="../ui/hostspane.cpp" line="29"/>
        <source>&amp;Add host…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/hostspane.cpp" line="30"/>
        <source>&amp;Edit and test…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/hostspane.cpp" line="32"/>
        <source>&amp;Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/hostspane.cpp" line="39"/>
        <source>All statuses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/hostspane.cpp" line="55"/>
        <source>Could not load hosts: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/hostspane.cpp" line="59"/>
        <source>%n host(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/hostspane.cpp" line="74"/>
        <source>Added host %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/hostspane.cpp" line="95"/>
        <source>Saved host %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/hostspane.cpp" line="123"/>
        <source>Keychain unavailable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/hostspane.cpp" line="116"/>
        <source>PostgreSQL password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/hostspane.cpp" line="116"/>
        <source>TLS key passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/hostspane.cpp" line="119"/>
        <source>Stored the %1 of %2 in the keychain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/hostspane.cpp" line="124"/>
        <source>The %1 of %2 could not be stored: %3

Keep it in memory for this session only? It is never written to disk and is lost when the console quits; enter it again with Edit host after the keychain works.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/hostspane.cpp" line="135"/>
        <source>Secret not stored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/hostspane.cpp" line="136"/>
        <source>The %1 of %2 was not stored: %3
Provisioning on this host fails until you enter it again with Edit host.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/hostspane.cpp" line="146"/>
        <source>The catalog is not open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/hostspane.cpp" line="149"/>
        <source>Select exactly one host to edit or test it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/hostspane.cpp" line="156"/>
        <source>&lt;p&gt;Select a host to see its details. Edit a host to test its Docker and PostgreSQL connections.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/hostspane.cpp" line="159"/>
        <source>&lt;p&gt;%n hosts selected.&lt;/p&gt;</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/hostspane.cpp" line="165"/>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/hostspane.cpp" line="166"/>
        <source>%1–%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/hostspane.cpp" line="169"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/hostspane.cpp" line="170"/>
        <source>Docker endpoint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/hostspane.cpp" line="171"/>
        <source>TLS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/hostspane.cpp" line="171"/>
        <location filename="../ui/hostspane.cpp" line="174"/>
        <source>no</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/hostspane.cpp" line="171"/>
        <source>CA %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/hostspane.cpp" line="172"/>
        <source>PostgreSQL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/hostspane.cpp" line="172"/>
        <source>%1@%2:%3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/hostspane.cpp" line="173"/>
        <source>From containers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/hostspane.cpp" line="174"/>
        <source>Superuser allowed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/hostspane.cpp" line="174"/>
        <source>yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/hostspane.cpp" line="175"/>
        <source>Base domain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/hostspane.cpp" line="176"/>
        <source>Image repository</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/hostspane.cpp" line="177"/>
        <source>Published ports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/hostspane.cpp" line="178"/>
        <source>Capacity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/hostspane.cpp" line="178"/>
        <source>%1 cores, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/hostspane.cpp" line="179"/>
        <source>Instances</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/hostspane.cpp" line="179"/>
        <source>%1 (%2 running, %3 in error)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/hostspane.cpp" line="186"/>
        <source>Superuser override: the console may connect to PostgreSQL as a superuser. Clear it with Edit host once the role has only CREATEDB and CREATEROLE.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>saasodoo::ui::InstanceTableModel</name>
    <message>
        <location filename="../ui/instancetablemodel.cpp" line="48"/>
        <source>The last job on this instance failed. Open the Jobs pane for its log.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/instancetablemodel.cpp" line="85"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/instancetablemodel.cpp" line="86"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/instancetablemodel.cpp" line="87"/>
        <source>Customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/instancetablemodel.cpp" line="88"/>
        <source>Tenant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/instancetablemodel.cpp" line="89"/>
        <source>Host</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/instancetablemodel.cpp" line="90"/>
        <source>Odoo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/instancetablemodel.cpp" line="91"/>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/instancetablemodel.cpp" line="92"/>
        <source>Database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/instancetablemodel.cpp" line="93"/>
        <source>Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/instancetablemodel.cpp" line="94"/>
        <source>Updated</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>saasodoo::ui::InstanceWizard</name>
    <message>
        <location filename="../ui/instancewizard.cpp" line="76"/>
        <source>New instance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/instancewizard.cpp" line="121"/>
        <source>Placement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/instancewizard.cpp" line="122"/>
        <source>Who the instance belongs to, where it runs and the address it answers on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/instancewizard.cpp" line="127"/>
        <source>%1 (%2, %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/instancewizard.cpp" line="132"/>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/instancewizard.cpp" line="135"/>
        <source>prod</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/instancewizard.cpp" line="140"/>
        <source>&amp;Tenant:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/instancewizard.cpp" line="142"/>
        <source>No tenant exists yet: add a customer and a tenant first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/instancewizard.cpp" line="145"/>
        <source>&amp;Host:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/instancewizard.cpp" line="147"/>
        <source>No active host exists: add a host in the Hosts pane first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/instancewizard.cpp" line="150"/>
        <source>Instance &amp;name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/instancewizard.cpp" line="151"/>
        <source>Instance name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/instancewizard.cpp" line="153"/>
        <source>&amp;Subdomain:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/instancewizard.cpp" line="155"/>
        <source>&amp;Database name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/instancewizard.cpp" line="172"/>
        <location filename="../ui/instancewizard.cpp" line="349"/>
        <source>Odoo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/instancewizard.cpp" line="173"/>
        <source>The Odoo series and image, what the instance is for, and its first admin.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/instancewizard.cpp" line="186"/>
        <source>admin@example.co.zw</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/instancewizard.cpp" line="187"/>
        <source>Load &amp;demo data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/instancewizard.cpp" line="191"/>
        <source>Odoo &amp;version:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/instancewizard.cpp" line="193"/>
        <source>&amp;Image tag:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/instancewizard.cpp" line="196"/>
        <source>&amp;Type:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/instancewizard.cpp" line="197"/>
        <source>&amp;Admin email:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/instancewizard.cpp" line="198"/>
        <location filename="../ui/instancewizard.cpp" line="355"/>
        <source>Admin email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/instancewizard.cpp" line="218"/>
        <source>Resources</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/instancewizard.cpp" line="219"/>
        <source>Limits for the instance&apos;s container and its data volume. Sizes take K, M, G or T (binary units, as Docker uses).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/instancewizard.cpp" line="228"/>
        <source> cores</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/instancewizard.cpp" line="233"/>
        <source>&amp;CPU:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/instancewizard.cpp" line="233"/>
        <source>CPU limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/instancewizard.cpp" line="234"/>
        <source>&amp;Memory:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/instancewizard.cpp" line="235"/>
        <location filename="../ui/instancewizard.cpp" line="236"/>
        <location filename="../ui/instancewizard.cpp" line="447"/>
        <source>Memory limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/instancewizard.cpp" line="238"/>
        <source>&amp;Storage:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/instancewizard.cpp" line="239"/>
        <location filename="../ui/instancewizard.cpp" line="240"/>
        <location filename="../ui/instancewizard.cpp" line="449"/>
        <source>Storage limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/instancewizard.cpp" line="254"/>
        <source>Modules and environment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/instancewizard.cpp" line="255"/>
        <source>Addons to install, modules to keep uninstalled and extra environment variables.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/instancewizard.cpp" line="268"/>
        <source>other module names, separated by commas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/instancewizard.cpp" line="270"/>
        <source>iap, mail_plugin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/instancewizard.cpp" line="274"/>
        <source>Variable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/instancewizard.cpp" line="274"/>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/instancewizard.cpp" line="277"/>
        <source>&amp;Add variable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/instancewizard.cpp" line="279"/>
        <source>&amp;Remove variable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/instancewizard.cpp" line="293"/>
        <source>Common &amp;addons:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/instancewizard.cpp" line="294"/>
        <source>&amp;Other addons:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/instancewizard.cpp" line="295"/>
        <source>Custom addon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/instancewizard.cpp" line="296"/>
        <source>&amp;Disabled modules:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/instancewizard.cpp" line="297"/>
        <source>Disabled module</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/instancewizard.cpp" line="298"/>
        <source>&amp;Environment:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/instancewizard.cpp" line="323"/>
        <source>Create the instance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/instancewizard.cpp" line="324"/>
        <source>Finish stores the instance and starts a provisioning job. Follow it in the Jobs dock.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/instancewizard.cpp" line="344"/>
        <source>Tenant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/instancewizard.cpp" line="345"/>
        <source>Host</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/instancewizard.cpp" line="346"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/instancewizard.cpp" line="347"/>
        <source>Subdomain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/instancewizard.cpp" line="348"/>
        <source>Database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/instancewizard.cpp" line="349"/>
        <source>%1 (image tag %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/instancewizard.cpp" line="350"/>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/instancewizard.cpp" line="351"/>
        <source>Limits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/instancewizard.cpp" line="351"/>
        <source>%1 cores, %2 memory, %3 storage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/instancewizard.cpp" line="356"/>
        <source>Demo data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/instancewizard.cpp" line="356"/>
        <source>yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/instancewizard.cpp" line="356"/>
        <source>no</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/instancewizard.cpp" line="357"/>
        <source>Addons</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/instancewizard.cpp" line="358"/>
        <source>Disabled modules</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/instancewizard.cpp" line="359"/>
        <source>Environment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/instancewizard.cpp" line="427"/>
        <source>Environment variable %1 is set twice: keep one row.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>saasodoo::ui::InstancesPane</name>
    <message>
        <location filename="../ui/instancespane.cpp" line="57"/>
        <source>&amp;New instance…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/instancespane.cpp" line="58"/>
        <source>&amp;Delete…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/instancespane.cpp" line="60"/>
        <source>&amp;Start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/instancespane.cpp" line="62"/>
        <source>S&amp;top</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/instancespane.cpp" line="64"/>
        <source>Res&amp;tart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/instancespane.cpp" line="66"/>
        <source>&amp;Back up now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/instancespane.cpp" line="68"/>
        <source>S&amp;uspend…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/instancespane.cpp" line="69"/>
        <source>Resu&amp;me</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/instancespane.cpp" line="71"/>
        <source>Update &amp;modules…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/instancespane.cpp" line="72"/>
        <source>Change &amp;limits…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/instancespane.cpp" line="74"/>
        <source>&amp;Environment variables…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/instancespane.cpp" line="76"/>
        <source>&amp;Copy address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/instancespane.cpp" line="78"/>
        <source>Container &amp;logs and stats</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/instancespane.cpp" line="81"/>
        <source>&amp;Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/instancespane.cpp" line="102"/>
        <source>Copied %n address(es).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/instancespane.cpp" line="107"/>
        <source>All statuses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/instancespane.cpp" line="108"/>
        <source>Needs attention</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/instancespane.cpp" line="109"/>
        <source>In progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/instancespane.cpp" line="129"/>
        <source>Could not load instances: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/instancespane.cpp" line="133"/>
        <source>%n instance(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/instancespane.cpp" line="158"/>
        <source>Creating instance %1: follow the job in the Jobs dock.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/instancespane.cpp" line="172"/>
        <source>Delete instance %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/instancespane.cpp" line="173"/>
        <source>Deleting %1 (customer %2, host %3) removes its container, its data volume with the filestore, its database %4 and its database role. Backups are kept. This cannot be undone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/instancespane.cpp" line="176"/>
        <source>Delete instance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/instancespane.cpp" line="180"/>
        <source>Deleting instance %1: follow the job in the Jobs dock.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/instancespane.cpp" line="196"/>
        <location filename="../ui/instancespane.cpp" line="231"/>
        <source>No selected instance allows this action in its current state.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/instancespane.cpp" line="198"/>
        <source>Submitted %n job(s): follow them in the Jobs dock.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/instancespane.cpp" line="215"/>
        <source>No selected instance can be backed up in its current state.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/instancespane.cpp" line="217"/>
        <source>Submitted %n backup job(s): follow them in the Jobs dock.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/instancespane.cpp" line="234"/>
        <source>Suspend %1? Each instance stops and keeps its data; only Resume starts it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/instancespane.cpp" line="236"/>
        <source>Suspend %n instance(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/instancespane.cpp" line="254"/>
        <source>Updating modules of %1: follow the job in the Jobs dock.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/instancespane.cpp" line="273"/>
        <source>Changing the limits of %1: follow the job in the Jobs dock.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/instancespane.cpp" line="292"/>
        <source>Changing the environment of %1: follow the job in the Jobs dock.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/instancespane.cpp" line="313"/>
        <source>&lt;p&gt;Reading the container&apos;s state…&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/instancespane.cpp" line="326"/>
        <source>&lt;p&gt;The instance has no container yet.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/instancespane.cpp" line="337"/>
        <source>&lt;p&gt;&lt;b&gt;CPU&lt;/b&gt; %1 %, &lt;b&gt;memory&lt;/b&gt; %2 of %3&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/instancespane.cpp" line="342"/>
        <source>&lt;p&gt;Stats unavailable: %1&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/instancespane.cpp" line="355"/>
        <source>&lt;p&gt;Logs unavailable: %1&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/instancespane.cpp" line="364"/>
        <source>The catalog is not open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/instancespane.cpp" line="539"/>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/instancespane.cpp" line="572"/>
        <source>Restoring %1 as the new instance %2: follow the job in the Jobs dock.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/instancespane.cpp" line="581"/>
        <source>Restore %1 into the instance %2 (database %3)?

The console first takes a safety backup of %2, then restores into a new database and filestore, and switches %2 over only when both are complete. %2 stops for a short time during the switch.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/instancespane.cpp" line="585"/>
        <source>Restore into %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/instancespane.cpp" line="590"/>
        <source>Restoring %1 into %2: follow the job in the Jobs dock.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/instancespane.cpp" line="372"/>
        <location filename="../ui/instancespane.cpp" line="409"/>
        <source>Select one or more instances.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/instancespane.cpp" line="382"/>
        <source>%1 is %2: wait for the job working on it to finish.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/instancespane.cpp" line="386"/>
        <source>%1 is %2, which allows only: %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/instancespane.cpp" line="372"/>
        <location filename="../ui/instancespane.cpp" line="411"/>
        <source>Select exactly one instance.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/instancespane.cpp" line="418"/>
        <source>&lt;p&gt;Select an instance to see its details.&lt;/p&gt;&lt;p&gt;Drop an Odoo backup (.zip) or a pg_dump file (.dump) here to restore it.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/instancespane.cpp" line="421"/>
        <source>&lt;p&gt;%n instances selected.&lt;/p&gt;</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/instancespane.cpp" line="427"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/instancespane.cpp" line="428"/>
        <source>Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/instancespane.cpp" line="429"/>
        <source>Customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/instancespane.cpp" line="430"/>
        <source>Tenant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/instancespane.cpp" line="431"/>
        <source>Host</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/instancespane.cpp" line="432"/>
        <source>Odoo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/instancespane.cpp" line="433"/>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/instancespane.cpp" line="434"/>
        <source>Database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/instancespane.cpp" line="435"/>
        <source>Updated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/instancespane.cpp" line="438"/>
        <source>Published port</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/instancespane.cpp" line="442"/>
        <source>Limits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/instancespane.cpp" line="442"/>
        <source>%1 cores, %2 memory, %3 storage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/instancespane.cpp" line="446"/>
        <source>Admin email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/instancespane.cpp" line="447"/>
        <source>Image tag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/instancespane.cpp" line="449"/>
        <source>Last message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/instancespane.cpp" line="488"/>
        <source>only files on this computer can be restored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/instancespane.cpp" line="517"/>
        <source>%1 is not a backup file: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/instancespane.cpp" line="519"/>
        <source>Not a backup file</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>saasodoo::ui::JobTableModel</name>
    <message>
        <location filename="../ui/jobtablemodel.cpp" line="60"/>
        <source>%1 %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/jobtablemodel.cpp" line="80"/>
        <source>Job</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/jobtablemodel.cpp" line="81"/>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/jobtablemodel.cpp" line="82"/>
        <source>Progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/jobtablemodel.cpp" line="83"/>
        <source>Step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/jobtablemodel.cpp" line="84"/>
        <source>Created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/jobtablemodel.cpp" line="85"/>
        <source>Elapsed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/jobtablemodel.cpp" line="86"/>
        <source>Error</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>saasodoo::ui::JobsDock</name>
    <message>
        <location filename="../ui/jobsdock.cpp" line="22"/>
        <source>Running jobs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/jobsdock.cpp" line="35"/>
        <source>No jobs are running.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/jobsdock.cpp" line="67"/>
        <source>%n job(s) stopped when the console last quit and are marked interrupted: %1. Check the instances they worked on.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/jobsdock.cpp" line="102"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/jobsdock.cpp" line="109"/>
        <source>Cancelling…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/jobsdock.cpp" line="131"/>
        <source>Queued</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/jobsdock.cpp" line="134"/>
        <source>%1 (step %2 of %3)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>saasodoo::ui::JobsPane</name>
    <message>
        <location filename="../ui/jobspane.cpp" line="21"/>
        <source>&amp;Cancel job</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/jobspane.cpp" line="24"/>
        <source>&amp;Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/jobspane.cpp" line="33"/>
        <source>All states</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/jobspane.cpp" line="34"/>
        <source>Active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/jobspane.cpp" line="35"/>
        <source>Needs attention</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/jobspane.cpp" line="47"/>
        <source>%n job(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/jobspane.cpp" line="65"/>
        <source>Select a queued or running job to cancel it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/jobspane.cpp" line="72"/>
        <source>&lt;p&gt;Select a job to read its log.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/jobspane.cpp" line="74"/>
        <source>&lt;p&gt;%n jobs selected.&lt;/p&gt;</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/jobspane.cpp" line="83"/>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/jobspane.cpp" line="84"/>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/jobspane.cpp" line="85"/>
        <source>Target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/jobspane.cpp" line="85"/>
        <source>%1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/jobspane.cpp" line="86"/>
        <source>Step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/jobspane.cpp" line="87"/>
        <source>Progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/jobspane.cpp" line="87"/>
        <source>%1 %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/jobspane.cpp" line="88"/>
        <source>Created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/jobspane.cpp" line="89"/>
        <source>Elapsed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/jobspane.cpp" line="91"/>
        <source>Error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/jobspane.cpp" line="98"/>
        <source>&lt;h4&gt;Log&lt;/h4&gt;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>saasodoo::ui::LimitsDialog</name>
    <message>
        <location filename="../ui/instanceactiondialogs.cpp" line="95"/>
        <source>Change limits of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/instanceactiondialogs.cpp" line="101"/>
        <source> cores</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/instanceactiondialogs.cpp" line="105"/>
        <source>The engine applies the new limits to the running container without a restart.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/instanceactiondialogs.cpp" line="111"/>
        <source>&amp;CPU:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/instanceactiondialogs.cpp" line="112"/>
        <source>&amp;Memory:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/instanceactiondialogs.cpp" line="131"/>
        <source>CPU</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/instanceactiondialogs.cpp" line="133"/>
        <location filename="../ui/instanceactiondialogs.cpp" line="135"/>
        <source>Memory</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>saasodoo::ui::ListPane</name>
    <message>
        <location filename="../ui/listpane.cpp" line="43"/>
        <source>Search (Ctrl+F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/listpane.cpp" line="172"/>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/listpane.cpp" line="259"/>
        <source>Columns</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>saasodoo::ui::LockScreen</name>
    <message>
        <location filename="../ui/lockscreen.cpp" line="21"/>
        <source>&lt;h2&gt;The console is locked&lt;/h2&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/lockscreen.cpp" line="23"/>
        <source>Secrets held in memory were dropped. Running jobs continue. Unlock to continue; the keychain may ask for its password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/lockscreen.cpp" line="28"/>
        <source>&amp;Unlock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/lockscreen.cpp" line="54"/>
        <source>Still locked: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>saasodoo::ui::MainWindow</name>
    <message>
        <location filename="../ui/mainwindow.cpp" line="54"/>
        <location filename="../ui/mainwindow.cpp" line="156"/>
        <source>SaaSOdoo Console</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="70"/>
        <source>Dashboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="71"/>
        <source>Customers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="72"/>
        <source>Tenants</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="73"/>
        <source>Instances</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="74"/>
        <source>Backups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="76"/>
        <location filename="../ui/mainwindow.cpp" line="78"/>
        <source>Subscriptions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="77"/>
        <source>Plans, invoices and Paynow payments by web checkout, EcoCash and OneMoney.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="79"/>
        <source>Hosts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="80"/>
        <source>Jobs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="139"/>
        <source>Catalog: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="140"/>
        <location filename="../ui/mainwindow.cpp" line="145"/>
        <source>Ready</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="142"/>
        <source>Catalog not open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="143"/>
        <source>The catalog could not be opened: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="187"/>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="188"/>
        <source>New &amp;customer…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="192"/>
        <source>New &amp;tenant…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="196"/>
        <source>New &amp;instance…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="200"/>
        <source>Add &amp;host…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="205"/>
        <source>Sign &amp;out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="208"/>
        <source>Drop every secret held in memory and lock the console until the keychain unlocks it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="209"/>
        <source>Lock when &amp;idle…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="212"/>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="215"/>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="217"/>
        <source>&amp;Running jobs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="220"/>
        <source>Re&amp;load all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="223"/>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="224"/>
        <source>&amp;About SaaSOdoo Console</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="225"/>
        <source>About SaaSOdoo Console</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="226"/>
        <source>SaaSOdoo Console %1
Hosting administration for Odoo.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="245"/>
        <source>Signed out: secrets dropped from memory.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="251"/>
        <source>Unlocked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="259"/>
        <source>Lock when idle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="260"/>
        <source>Lock the console after this many minutes without keyboard or mouse input (0 turns it off):</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/mainwindow.cpp" line="266"/>
        <source>The console locks after %n idle minute(s).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="267"/>
        <source>Idle lock turned off.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="297"/>
        <source>%1: done.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="298"/>
        <source>%1: cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="299"/>
        <source>%1: %2. %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="306"/>
        <source>Job finished</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="329"/>
        <source>Jobs are still running</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/mainwindow.cpp" line="330"/>
        <source>%n job(s) are still queued or running: %1.

If you quit now, the console cancels them and waits for each to stop at its next step. A cancelled provisioning job removes what it created and leaves the instance in the error state; you can create it again later.

Quit anyway?</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>saasodoo::ui::NavigationSidebar</name>
    <message>
        <location filename="../ui/navigationsidebar.cpp" line="28"/>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>saasodoo::ui::PlaceholderPane</name>
    <message>
        <location filename="../ui/placeholderpane.cpp" line="32"/>
        <source>This pane is not available in this build yet.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>saasodoo::ui::RestoreChoiceDialog</name>
    <message>
        <location filename="../ui/restorechoicedialog.cpp" line="86"/>
        <source>Restore as &amp;new instance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/restorechoicedialog.cpp" line="88"/>
        <source>Restore &amp;into an instance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/restorechoicedialog.cpp" line="89"/>
        <source>Restore &amp;into %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/restorechoicedialog.cpp" line="29"/>
        <source>Restore %1 as a new instance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/restorechoicedialog.cpp" line="30"/>
        <source>Restore %1 into %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/restorechoicedialog.cpp" line="49"/>
        <location filename="../ui/restorechoicedialog.cpp" line="150"/>
        <source>The restore engine rejects this file: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/restorechoicedialog.cpp" line="62"/>
        <source>As a new instance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/restorechoicedialog.cpp" line="77"/>
        <source>Neutralize the copy: disable outgoing mail and scheduled actions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/restorechoicedialog.cpp" line="80"/>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/restorechoicedialog.cpp" line="81"/>
        <source>&amp;Tenant:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/restorechoicedialog.cpp" line="82"/>
        <source>&amp;Host:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/restorechoicedialog.cpp" line="137"/>
        <source>Drop the file on an instance&apos;s row to restore into that instance.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/restorechoicedialog.cpp" line="143"/>
        <source>Takes a safety backup of %1, then replaces its database and files with the backup&apos;s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/restorechoicedialog.cpp" line="152"/>
        <source>A new instance needs a tenant and a host: add them first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/restorechoicedialog.cpp" line="154"/>
        <source>Enter a name for the new instance.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/restorechoicedialog.cpp" line="164"/>
        <source>&lt;b&gt;%1&lt;/b&gt; (%2) is a pg_dump custom-format archive: a database without a filestore.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/restorechoicedialog.cpp" line="167"/>
        <source>&lt;b&gt;%1&lt;/b&gt; (%2) is an Odoo backup with manifest.json and dump.sql</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/restorechoicedialog.cpp" line="168"/>
        <source>, and a filestore.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/restorechoicedialog.cpp" line="168"/>
        <source>, without a filestore.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/restorechoicedialog.cpp" line="178"/>
        <source>Odoo version: %1. Database: %2. Modules: %3. PostgreSQL version: %4.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>saasodoo::ui::SessionLock</name>
    <message>
        <location filename="../ui/sessionlock.cpp" line="108"/>
        <source>The keychain returned a different value than the one just stored.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>saasodoo::ui::TenantDialog</name>
    <message>
        <location filename="../ui/tenantdialog.cpp" line="27"/>
        <source>New tenant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/tenantdialog.cpp" line="32"/>
        <source>%1 &lt;%2&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/tenantdialog.cpp" line="39"/>
        <source>mutare-hardware</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/tenantdialog.cpp" line="43"/>
        <source>&amp;Customer:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/tenantdialog.cpp" line="45"/>
        <source>No customer exists yet: add a customer first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/tenantdialog.cpp" line="48"/>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/tenantdialog.cpp" line="49"/>
        <source>Tenant name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/tenantdialog.cpp" line="51"/>
        <source>&amp;Slug:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>saasodoo::ui::TenantTableModel</name>
    <message>
        <location filename="../ui/tenanttablemodel.cpp" line="68"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/tenanttablemodel.cpp" line="69"/>
        <source>Slug</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/tenanttablemodel.cpp" line="70"/>
        <source>Customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/tenanttablemodel.cpp" line="71"/>
        <source>Instances</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/tenanttablemodel.cpp" line="72"/>
        <source>Created</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>saasodoo::ui::TenantsPane</name>
    <message>
        <location filename="../ui/tenantspane.cpp" line="21"/>
        <source>&amp;New tenant…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/tenantspane.cpp" line="22"/>
        <source>&amp;Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/tenantspane.cpp" line="23"/>
        <source>New &amp;instance…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/tenantspane.cpp" line="26"/>
        <source>&amp;Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/tenantspane.cpp" line="35"/>
        <source>All tenants</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/tenantspane.cpp" line="36"/>
        <source>With instances</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/tenantspane.cpp" line="37"/>
        <source>Without instances</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/tenantspane.cpp" line="49"/>
        <source>Could not load tenants: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/tenantspane.cpp" line="53"/>
        <source>%n tenant(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/tenantspane.cpp" line="70"/>
        <source>Added tenant %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/tenantspane.cpp" line="79"/>
        <source>The catalog is not open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/tenantspane.cpp" line="82"/>
        <source>Tenants cannot be changed yet: the catalog only creates them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/tenantspane.cpp" line="84"/>
        <source>Select one tenant, or none, to add an instance.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/tenantspane.cpp" line="91"/>
        <source>&lt;p&gt;Select a tenant to see its details.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/tenantspane.cpp" line="93"/>
        <source>&lt;p&gt;%n tenants selected.&lt;/p&gt;</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/tenantspane.cpp" line="100"/>
        <source>Slug</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/tenantspane.cpp" line="101"/>
        <source>Customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/tenantspane.cpp" line="102"/>
        <source>Instances</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/tenantspane.cpp" line="103"/>
        <source>Created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/tenantspane.cpp" line="104"/>
        <source>Updated by</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>saasodoo::ui::UpdateModulesDialog</name>
    <message>
        <location filename="../ui/instanceactiondialogs.cpp" line="51"/>
        <source>Update modules of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/instanceactiondialogs.cpp" line="54"/>
        <source>sale, stock, account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/instanceactiondialogs.cpp" line="55"/>
        <source>Odoo stops, runs its module update (-u) for these modules and starts again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/instanceactiondialogs.cpp" line="61"/>
        <source>&amp;Modules:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/instanceactiondialogs.cpp" line="83"/>
        <source>Enter at least one module name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/instanceactiondialogs.cpp" line="85"/>
        <source>Modules</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
