<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>Backup</name>
    <message>
        <location filename="../core/backup/backupschedule.cpp" line="17"/>
        <source>Scheduled backups and retention</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/backup/backupschedule.cpp" line="22"/>
        <source>Scheduled backups: %1 taken, %2 deleted by retention.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/backup/databaseadmin.cpp" line="85"/>
        <source>%1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/backup/databaseadmin.cpp" line="121"/>
        <source>Could not drop database %1: after %2 s these sessions are still connected and the console&apos;s role may not end them: %3. End them on the server, then drop it by hand.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/backup/dumpfilter.cpp" line="345"/>
        <source>Skipped 1 COMMENT ON EXTENSION statement: only the extension&apos;s owner, usually a superuser, may run it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/backup/dumpfilter.cpp" line="347"/>
        <source>Skipped %1 COMMENT ON EXTENSION statements: only the extension&apos;s owner, usually a superuser, may run them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/backup/dumpfilter.cpp" line="351"/>
        <source>Skipped 1 statement that sets an owner (ALTER ... OWNER TO or ALTER DEFAULT PRIVILEGES FOR ROLE): the restored objects belong to the instance&apos;s role.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/backup/dumpfilter.cpp" line="353"/>
        <source>Skipped %1 statements that set an owner (ALTER ... OWNER TO or ALTER DEFAULT PRIVILEGES FOR ROLE): the restored objects belong to the instance&apos;s role.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/backup/dumpfilter.cpp" line="357"/>
        <source>Skipped 1 SET transaction_timeout statement: pg_dump 17 and newer write this setting, which PostgreSQL 16 and older reject.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/backup/dumpfilter.cpp" line="359"/>
        <source>Skipped %1 SET transaction_timeout statements: pg_dump 17 and newer write this setting, which PostgreSQL 16 and older reject.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/backup/dumpfilter.cpp" line="363"/>
        <source>Skipped 1 GRANT or REVOKE statement that names a role other than PUBLIC and the instance&apos;s role, which may not exist on this server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/backup/dumpfilter.cpp" line="365"/>
        <source>Skipped %1 GRANT or REVOKE statements that name roles other than PUBLIC and the instance&apos;s role, which may not exist on this server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/backup/backuppolicy.cpp" line="55"/>
        <source>set for this instance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/backup/backuppolicy.cpp" line="57"/>
        <source>from plan %1 (%2 days of backup retention)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/backup/backuppolicy.cpp" line="63"/>
        <source>default</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/backup/backuppolicy.cpp" line="70"/>
        <source>none set: instances without their own policy keep the default %1 daily, %2 weekly and %3 monthly backups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/backup/backuppolicy.cpp" line="77"/>
        <source>%1 days: instances without their own policy keep %2 daily, %3 weekly and %4 monthly backups</source>
        <translation type="unfinished"></translation>
    </message>
</context>
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
        <source>Archive backup %1 to S3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/backupactions.cpp" line="71"/>
        <source>Download backup %1 from S3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/backupactions.cpp" line="81"/>
        <source>deleted in the console</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/backupactions.cpp" line="83"/>
        <source>Delete backup %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/backupactions.cpp" line="90"/>
        <source>the backup %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/backupactions.cpp" line="103"/>
        <source>Restore %1 into %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/backupactions.cpp" line="119"/>
        <source>Restore %1 as new instance %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BackupInspector</name>
    <message>
        <location filename="../ui/backupinspection.cpp" line="93"/>
        <source>the file does not exist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/backupinspection.cpp" line="97"/>
        <source>it is a folder; drop the backup&apos;s .zip or .dump file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/backupinspection.cpp" line="103"/>
        <source>only .zip (Odoo backup) and .dump (pg_dump custom format) files can be restored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/backupinspection.cpp" line="109"/>
        <source>it cannot be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/backupinspection.cpp" line="118"/>
        <source>it does not start with PGDMP, so it is not a pg_dump custom-format archive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/backupinspection.cpp" line="124"/>
        <source>it is not a zip archive (no central directory found)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/backupinspection.cpp" line="128"/>
        <source>its zip directory is damaged or larger than the console reads</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/backupinspection.cpp" line="161"/>
        <source>the zip lacks %1 at its top level, so it is not an Odoo backup</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Backups</name>
    <message>
        <location filename="../core/backup/backupoverdue.cpp" line="28"/>
        <source>Could not read the backup schedules: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/backup/backupstate.cpp" line="12"/>
        <source>Cancelled by the admin; the partial file was removed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Billing</name>
    <message>
        <location filename="../core/billing/pagewriter.cpp" line="189"/>
        <source>Could not start page %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BillingText</name>
    <message>
        <location filename="../ui/billingtablemodels.cpp" line="53"/>
        <source>Trial</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/billingtablemodels.cpp" line="55"/>
        <source>Active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/billingtablemodels.cpp" line="57"/>
        <source>Past due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/billingtablemodels.cpp" line="59"/>
        <source>Suspended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/billingtablemodels.cpp" line="61"/>
        <location filename="../ui/billingtablemodels.cpp" line="89"/>
        <source>Cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/billingtablemodels.cpp" line="70"/>
        <location filename="../ui/billingtablemodels.cpp" line="113"/>
        <source>Draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/billingtablemodels.cpp" line="72"/>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/billingtablemodels.cpp" line="74"/>
        <location filename="../ui/billingtablemodels.cpp" line="87"/>
        <source>Paid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/billingtablemodels.cpp" line="76"/>
        <source>Void</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/billingtablemodels.cpp" line="85"/>
        <source>Pending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/billingtablemodels.cpp" line="91"/>
        <source>Failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/billingtablemodels.cpp" line="93"/>
        <source>Flagged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/billingtablemodels.cpp" line="102"/>
        <source>Web checkout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/billingtablemodels.cpp" line="104"/>
        <source>EcoCash</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/billingtablemodels.cpp" line="106"/>
        <source>OneMoney</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Catalog</name>
    <message>
        <location filename="../core/catalog/catalogconfig.cpp" line="28"/>
        <source>Could not configure the catalog connection (%1): %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/catalog/catalogconfig.cpp" line="86"/>
        <source>Catalog location &quot;%1&quot; is invalid: expected postgresql://user@host[:port]/database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/catalog/catalogconfig.cpp" line="91"/>
        <source>Catalog location must not contain a password. Store it in the keychain, PGPASSWORD or ~/.pgpass.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/catalog/catalogconfig.cpp" line="111"/>
        <source>The Qt SQL driver for %1 is not installed (package libqt6sql6-%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/catalog/catalogconfig.cpp" line="137"/>
        <source>Could not open the catalog %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/catalog/catalogconfig.cpp" line="161"/>
        <source>Could not reconnect to the catalog: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/catalog/cataloginstances.cpp" line="115"/>
        <source>Database name &quot;%1&quot; is already used on PostgreSQL server %2:%3: database names are unique per server. Choose another database name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/catalog/cataloginstances.cpp" line="143"/>
        <source>%1 on host %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/catalog/cataloginstances.cpp" line="170"/>
        <source>Database name &quot;%1&quot; differs only in case from &quot;%2&quot; of instance %3 on PostgreSQL server %4:%5, and such names count as the same. Choose another database name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/catalog/cataloginstances.cpp" line="179"/>
        <source>Subdomain &quot;%1&quot; is already used under %2 by instance %3. Subdomains are unique per base domain, across hosts. Choose another subdomain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/catalog/sqldialect.cpp" line="148"/>
        <source>The catalog column %1 does not contain %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CatalogFiles</name>
    <message>
        <location filename="../core/catalog/catalogfiles.cpp" line="90"/>
        <source>%1 is the console&apos;s catalog database, not a backup or export file. Choose another file: opening the catalog outside SQLite can corrupt it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/catalog/catalogfiles.cpp" line="93"/>
        <source>%1 is a working file of the console&apos;s catalog %2. Choose another file: opening it outside SQLite can corrupt the catalog.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChangeStamps</name>
    <message>
        <location filename="../core/catalog/changestamps.cpp" line="23"/>
        <source>Could not read the %1 table: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConnectionTests</name>
    <message>
        <location filename="../ui/connectiontests.cpp" line="50"/>
        <source>The role %1 is a superuser, which the console rejects: a provisioning job holding it could read or destroy every customer&apos;s database. Create a role for the console and enter it as the admin user, for example:
CREATE ROLE saasodoo_admin LOGIN CREATEDB CREATEROLE PASSWORD &apos;…&apos;;
or tick &quot;Allow a superuser role&quot; if you accept the risk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/connectiontests.cpp" line="61"/>
        <source>Docker Engine %1 (%2/%3), API %4; the console will use API %5.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/connectiontests.cpp" line="67"/>
        <source>yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/connectiontests.cpp" line="67"/>
        <source>no</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/connectiontests.cpp" line="68"/>
        <source>Connected as %1 to PostgreSQL %2.%3. CREATEDB: %4, CREATEROLE: %5, superuser: %6.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DialogSave</name>
    <message>
        <location filename="../ui/dialogsave.cpp" line="29"/>
        <source>Saving…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FileDialogs</name>
    <message>
        <location filename="../ui/filedialogs.cpp" line="41"/>
        <source>Folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/filedialogs.cpp" line="46"/>
        <source>File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/filedialogs.cpp" line="47"/>
        <source>%1 file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/filedialogs.cpp" line="65"/>
        <source>Catalog file chosen</source>
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
        <location filename="../ui/instancejobs.cpp" line="46"/>
        <source>Final backup %1 is kept until an admin deletes it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/instancejobs.cpp" line="65"/>
        <source>Start instance %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/instancejobs.cpp" line="70"/>
        <source>Stop instance %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/instancejobs.cpp" line="75"/>
        <source>Restart instance %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/instancejobs.cpp" line="82"/>
        <source>Suspend instance %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/instancejobs.cpp" line="83"/>
        <source>Suspended in the console.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/instancejobs.cpp" line="91"/>
        <source>Resume instance %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/instancejobs.cpp" line="124"/>
        <source>Update modules of %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/instancejobs.cpp" line="136"/>
        <source>Change limits of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/instancejobs.cpp" line="149"/>
        <source>Change environment variables of %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>InterruptedJobs</name>
    <message>
        <location filename="../ui/interruptedjobs.cpp" line="52"/>
        <source>Only an interrupted job can be resumed or cleaned up.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/interruptedjobs.cpp" line="55"/>
        <source>Jobs of kind %1 cannot be resumed: clean up, then run the action again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/interruptedjobs.cpp" line="59"/>
        <source>Jobs of kind %1 have no clean-up in the console; use &apos;saasodoo job cleanup %2&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/interruptedjobs.cpp" line="79"/>
        <source>Resume %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/interruptedjobs.cpp" line="79"/>
        <source>Clean up after %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/interruptedjobs.cpp" line="120"/>
        <source>Interrupted; resumed as job %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/interruptedjobs.cpp" line="121"/>
        <source>Interrupted; cleaned up by job %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/interruptedjobs.cpp" line="123"/>
        <source>Could not close interrupted job %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/interruptedjobs.cpp" line="135"/>
        <source>%1 of instance %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Jobs</name>
    <message>
        <location filename="../core/jobs/jobcontext.cpp" line="56"/>
        <source>Cancelled by the admin.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/jobs/jobscheduler.cpp" line="116"/>
        <source>Scheduler interval %1 is invalid: use 0 (off) to %2 minutes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/jobs/jobscheduler.cpp" line="130"/>
        <source>Could not write the settings file %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Lifecycle</name>
    <message>
        <location filename="../core/provisioning/lifecycle.cpp" line="52"/>
        <source>in error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/provisioning/lifecycle.cpp" line="54"/>
        <source>backing up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/provisioning/lifecycle.cpp" line="105"/>
        <source>Cannot %1 instance %2: it is %3, and no action is allowed on a deleted instance.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/provisioning/lifecycle.cpp" line="109"/>
        <source>Cannot %1 instance %2: it is %3, and no action is allowed until that finishes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/provisioning/lifecycle.cpp" line="112"/>
        <location filename="../core/provisioning/lifecycle.cpp" line="239"/>
        <source>Cannot %1 instance %2: it is %3. Allowed now: %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/provisioning/lifecycle.cpp" line="167"/>
        <source>Repair it with &apos;saasodoo job cleanup %1&apos; or run the job again with &apos;saasodoo job resume %1&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/provisioning/lifecycle.cpp" line="170"/>
        <source>Repair it with &apos;saasodoo job cleanup %1&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/provisioning/lifecycle.cpp" line="189"/>
        <source>Instance %1 is %2, but job %3 (%4) that works on it was interrupted: its process is gone. %5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/provisioning/lifecycle.cpp" line="207"/>
        <source>Instance %1 is %2, but no job works on it: the process that made the record stopped before its job was stored. Delete it with &apos;saasodoo instance delete %1 --yes&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/provisioning/lifecycle.cpp" line="215"/>
        <source>Instance %1 is %2, but job %3 (%4) that works on it was interrupted: its process is gone. %5 Deleting the instance is also allowed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/provisioning/lifecycle.cpp" line="219"/>
        <source>Instance %1 is %2, but its last job %3 (%4) ended as %5 without setting a final state. Delete it with &apos;saasodoo instance delete %1 --yes&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/provisioning/lifecycle.cpp" line="251"/>
        <source>Cannot %1 instance %2: it is %3 in job %4, and no action is allowed until that job finishes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/provisioning/lifecycle.cpp" line="258"/>
        <source>Cannot %1 instance %2: %3</source>
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
        <source>%1 is not a Zimbabwean mobile number. %2 works only with %3 numbers, which start with %4.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Postgres</name>
    <message>
        <location filename="../core/postgres/passfile.cpp" line="80"/>
        <source>Could not create a password file in %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/postgres/passfile.cpp" line="90"/>
        <source>Could not write the password file %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StatusText</name>
    <message>
        <location filename="../ui/statustext.cpp" line="17"/>
        <source>Creating</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/statustext.cpp" line="18"/>
        <source>Starting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/statustext.cpp" line="19"/>
        <location filename="../ui/statustext.cpp" line="68"/>
        <source>Running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/statustext.cpp" line="20"/>
        <source>Stopping</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/statustext.cpp" line="21"/>
        <source>Stopped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/statustext.cpp" line="22"/>
        <source>Restarting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/statustext.cpp" line="23"/>
        <location filename="../ui/statustext.cpp" line="38"/>
        <source>Suspended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/statustext.cpp" line="24"/>
        <source>Updating</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/statustext.cpp" line="25"/>
        <source>Backing up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/statustext.cpp" line="26"/>
        <source>Restoring</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/statustext.cpp" line="27"/>
        <source>Error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/statustext.cpp" line="28"/>
        <source>Deleting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/statustext.cpp" line="29"/>
        <source>Deleted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/statustext.cpp" line="37"/>
        <location filename="../ui/statustext.cpp" line="47"/>
        <source>Active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/statustext.cpp" line="39"/>
        <source>Closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/statustext.cpp" line="48"/>
        <source>Maintenance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/statustext.cpp" line="49"/>
        <source>Retired</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/statustext.cpp" line="57"/>
        <source>Development</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/statustext.cpp" line="58"/>
        <source>Staging</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/statustext.cpp" line="59"/>
        <source>Production</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/statustext.cpp" line="67"/>
        <source>Queued</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/statustext.cpp" line="69"/>
        <source>Succeeded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/statustext.cpp" line="70"/>
        <source>Failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/statustext.cpp" line="71"/>
        <source>Cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/statustext.cpp" line="72"/>
        <source>Interrupted</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/statustext.cpp" line="79"/>
        <source>%1 core(s)</source>
        <comment>CPU cores</comment>
        <translation>
            <numerusform>%1 core</numerusform>
            <numerusform>%1 cores</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/statustext.cpp" line="84"/>
        <source> core(s)</source>
        <comment>suffix of a CPU cores spin box</comment>
        <translation>
            <numerusform> core</numerusform>
            <numerusform> cores</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/statustext.cpp" line="90"/>
        <source>Create instance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/statustext.cpp" line="91"/>
        <source>Start instance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/statustext.cpp" line="92"/>
        <source>Stop instance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/statustext.cpp" line="93"/>
        <source>Restart instance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/statustext.cpp" line="94"/>
        <source>Suspend instance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/statustext.cpp" line="95"/>
        <source>Resume instance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/statustext.cpp" line="96"/>
        <source>Update instance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/statustext.cpp" line="97"/>
        <source>Update instance modules</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/statustext.cpp" line="98"/>
        <source>Change instance limits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/statustext.cpp" line="99"/>
        <source>Change instance environment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/statustext.cpp" line="100"/>
        <location filename="../ui/statustext.cpp" line="101"/>
        <source>Delete instance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/statustext.cpp" line="102"/>
        <source>Clean up instance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/statustext.cpp" line="103"/>
        <source>Back up instance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/statustext.cpp" line="104"/>
        <source>Verify backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/statustext.cpp" line="105"/>
        <source>Download backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/statustext.cpp" line="106"/>
        <source>Delete backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/statustext.cpp" line="107"/>
        <source>Restore backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/statustext.cpp" line="108"/>
        <source>Restore as new instance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/statustext.cpp" line="109"/>
        <source>Run due backups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/statustext.cpp" line="110"/>
        <source>Clean up backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/statustext.cpp" line="111"/>
        <source>Billing run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/statustext.cpp" line="112"/>
        <source>Generate invoices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/statustext.cpp" line="113"/>
        <source>Reactivate instances</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/statustext.cpp" line="146"/>
        <source>%1 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/statustext.cpp" line="148"/>
        <source>%1 min %2 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/statustext.cpp" line="149"/>
        <source>%1 h %2 min</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cli</name>
    <message>
        <location filename="../app/main_cli.cpp" line="28"/>
        <source>Usage: saasodoo [--version] [--help] &lt;command&gt; [options]

Drives the same core as SaaSOdoo Console, for scripting.

Commands:
  host       add, edit, remove, list, check, set-password and
             set-tls-passphrase
  customer   add, list and show customers
  tenant     add, edit, list and show tenants
  instance   create, list, show, logs, start, stop, restart, suspend,
             resume, update, set-limits, set-env, retry and delete
  job        list and show jobs with their logs, resume or clean up an
             interrupted job, and cancel a running job
  backup     create, list, verify, download, delete, run-due, policy
             and set-s3-credentials
  restore    restore a backup id or file --into an instance
  plan       create, list and show billing plans
  subscription  create, list, show, change-plan and cancel
  invoice    generate, list, show, pdf and void
  payment    request (web or mobile), poll, list, show, cancel,
             mark-refunded, apply, set-integration and listen
  billing    settings, set (VAT rate, company details, Paynow URLs) and
             summary (revenue, outstanding and overdue totals)
  dunning    preview and run the daily billing run
  audit      list audit events, filtered by time, kind, customer or
             instance

Exit codes: 0 success, 2 usage error, 3 invalid input, 4 the operation failed,
130 or 143 a job cancelled by SIGINT (Ctrl+C) or SIGTERM.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/main_cli.cpp" line="124"/>
        <source>saasodoo: unknown command &apos;%1&apos;. Run &apos;saasodoo --help&apos; for the list.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>jobs</name>
    <message>
        <location filename="../app/cli/backupcommands.cpp" line="146"/>
        <source>Job %1 (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/billing/billingjobs.cpp" line="26"/>
        <source>Invoices for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/billing/billingjobs.cpp" line="27"/>
        <source>Billing run for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/billing/billingjobs.cpp" line="44"/>
        <source>Billing run finished: %1 action(s).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/billing/billingjobs.cpp" line="56"/>
        <source>Scheduled billing run for %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <location filename="../app/main_console.cpp" line="59"/>
        <source>SaaSOdoo Console</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/main_console.cpp" line="65"/>
        <source>Hosting administration for Odoo.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/main_console.cpp" line="69"/>
        <source>Open the console on &lt;pane&gt;: dashboard, customers, tenants, instances, backups, subscriptions, hosts or jobs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/main_console.cpp" line="71"/>
        <source>pane</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/main_console.cpp" line="73"/>
        <source>Save a PNG of the window to &lt;file&gt; once it is shown, then quit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/main_console.cpp" line="74"/>
        <source>file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/main_console.cpp" line="76"/>
        <source>Quit as soon as the window is shown (checks that the console starts).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/main_console.cpp" line="78"/>
        <source>Open the catalog at &lt;location&gt;: an SQLite file or postgresql://user@host[:port]/database (default: $SAASODOO_CATALOG, else catalog.sqlite in the application-data directory).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/main_console.cpp" line="81"/>
        <source>location</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/main_console.cpp" line="83"/>
        <source>Open the Instances pane with the instance named &lt;name&gt; selected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/main_console.cpp" line="84"/>
        <source>name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/main_console.cpp" line="86"/>
        <source>With --instance, show the &lt;tab&gt; tab of its details: details or container.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/main_console.cpp" line="87"/>
        <source>tab</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/main_console.cpp" line="89"/>
        <source>Open the Settings dialog once the window is shown. With --screenshot, the PNG shows the dialog.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/main_console.cpp" line="94"/>
        <source>Backup files (.zip or .dump) to offer for restore.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/main_console.cpp" line="148"/>
        <source>Unknown pane: %1. Use one of: dashboard, customers, tenants, instances, backups, subscriptions, hosts, jobs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/main_console.cpp" line="172"/>
        <source>Instance not found: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/main_console.cpp" line="183"/>
        <source>Unknown instance tab: %1. Use details or container.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/main_console.cpp" line="242"/>
        <source>Could not write the screenshot to %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>saasodoo::backup</name>
    <message>
        <location filename="../core/backup/backupreader.cpp" line="53"/>
        <source>Reading table ir_module_module of %1 with pg_restore failed: %2 Check that the file is complete, or copy it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/backup/backupreader.cpp" line="104"/>
        <source>%1 starts like a pg_dump custom-format file but pg_restore cannot read it: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/backup/backupreader.cpp" line="131"/>
        <source>a member has an empty name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/backup/backupreader.cpp" line="133"/>
        <source>member %1 has an absolute path</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/backup/backupreader.cpp" line="135"/>
        <source>member %1 contains a backslash</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/backup/backupreader.cpp" line="137"/>
        <source>member %1 contains &quot;..&quot; and would be written outside the restore directory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/backup/backupreader.cpp" line="149"/>
        <source>Backup file %1 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/backup/backupreader.cpp" line="151"/>
        <source>%1 is not a backup file: choose a .zip or .dump file, not a folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/backup/backupreader.cpp" line="156"/>
        <source>Could not open backup file %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/backup/backupreader.cpp" line="164"/>
        <source>%1 is not an Odoo backup: it is neither a zip file nor a pg_dump custom-format dump.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/backup/backupreader.cpp" line="172"/>
        <source>Backup file %1 is damaged or truncated (its zip directory is unreadable): %2. Copy or download it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/backup/backupreader.cpp" line="186"/>
        <source>Backup file %1 is damaged or truncated: %2. Copy or download it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/backup/backupreader.cpp" line="191"/>
        <location filename="../core/backup/restore.cpp" line="326"/>
        <source>Backup file %1 was rejected because %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/backup/backupreader.cpp" line="194"/>
        <source>Backup file %1 was rejected because member %2 is a symbolic link, which could point outside the filestore.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/backup/backupreader.cpp" line="200"/>
        <source>Backup file %1 was rejected because member %2 is not a regular file (a device, FIFO or socket).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/backup/backupreader.cpp" line="206"/>
        <source>Backup file %1 was rejected because it contains member %2 more than once, so Odoo and this console would restore different copies of it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/backup/backupreader.cpp" line="218"/>
        <source>Backup file %1 was rejected because its manifest.json is %2, far beyond any real manifest.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/backup/backupreader.cpp" line="224"/>
        <source>Backup file %1 is damaged: manifest.json is unreadable: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/backup/backupreader.cpp" line="233"/>
        <source>Backup file %1 has no dump.sql, so it holds no database to restore.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/backup/backupreader.cpp" line="235"/>
        <source>Backup file %1 has no manifest.json, so its Odoo version is unknown. Only backups made by Odoo&apos;s database manager or by this console can be restored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/backup/backupreader.cpp" line="240"/>
        <location filename="../core/backup/restore.cpp" line="426"/>
        <location filename="../core/backup/restore.cpp" line="434"/>
        <location filename="../core/backup/restore.cpp" line="466"/>
        <location filename="../core/backup/restore.cpp" line="470"/>
        <source>Backup file %1 was rejected: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/backup/backupreader.cpp" line="248"/>
        <source>Backup file %1 was rejected because it would expand from %2 to %3, more than %4 times its size. It looks like a zip bomb.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/backup/backupreader.cpp" line="253"/>
        <source>Not enough free space to restore %1: it needs %2 and %3 is free.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/backup/backupreader.cpp" line="262"/>
        <source>Not enough free space for %1 in %2: it needs %3 and %4 is free. Free some space there and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/backup/backupreader.cpp" line="278"/>
        <source>Could not read the free space of %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/backup/backupreader.cpp" line="288"/>
        <source>Writing %1 failed: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/backup/backupreader.cpp" line="292"/>
        <source>Writing %1 failed: no space left on the file system mounted at %2, which has %3 free, but at least %4 (%5 bytes) were needed. Free space there or choose another backup directory.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/backup/backupreader.cpp" line="307"/>
        <source>This backup is from Odoo %1, but the instance runs Odoo %2, which cannot open a database of another version.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/backup/backupreader.cpp" line="312"/>
        <source>%1 Restore it as a new instance with Odoo %2 instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/backup/backupreader.cpp" line="313"/>
        <source>%1 Odoo %2 is not a series this console runs (supported: %3), so it cannot be restored here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/backup/backupreader.cpp" line="326"/>
        <location filename="../core/backup/restore.cpp" line="57"/>
        <location filename="../core/backup/restore.cpp" line="308"/>
        <source>Backup file %1 is damaged or truncated: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/backup/backupreader.cpp" line="336"/>
        <location filename="../core/backup/restore.cpp" line="317"/>
        <source>Backup file %1 is damaged: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/backup/backupreader.cpp" line="339"/>
        <source>The check was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/backup/backupreader.cpp" line="342"/>
        <source>Backup file %1 is damaged in member %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/backup/backupwriter.cpp" line="66"/>
        <location filename="../core/backup/restore.cpp" line="88"/>
        <location filename="../core/backup/restore.cpp" line="209"/>
        <location filename="../core/backup/restore.cpp" line="405"/>
        <source>Could not start %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/backup/backupwriter.cpp" line="81"/>
        <location filename="../core/backup/backupwriter.cpp" line="193"/>
        <location filename="../core/backup/backupwriter.cpp" line="245"/>
        <source>The backup was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/backup/backupwriter.cpp" line="107"/>
        <source>pg_dump of database %1 crashed: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/backup/backupwriter.cpp" line="109"/>
        <source>pg_dump of database %1 failed with exit code %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/backup/backupwriter.cpp" line="114"/>
        <source>pg_dump of database %1 wrote nothing: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/backup/backupwriter.cpp" line="116"/>
        <source>The dump of database %1 is cut short: it lacks pg_dump&apos;s &quot;dump complete&quot; trailer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/backup/backupwriter.cpp" line="198"/>
        <source>Skipped %1 in the filestore: not a regular file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/backup/backupwriter.cpp" line="248"/>
        <source>Database %1 has no filestore at %2; the backup holds the database only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/backup/backupwriter.cpp" line="252"/>
        <source>Reading the filestore %1 failed: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/backup/backupwriter.cpp" line="255"/>
        <source>The filestore archive of %1 is unreadable: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/backup/backupwriter.cpp" line="266"/>
        <source>Could not read the installed modules of database %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/backup/backupwriter.cpp" line="363"/>
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
        <location filename="../core/backup/restore.cpp" line="45"/>
        <source>unknown archive error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/backup/restore.cpp" line="65"/>
        <source>Backup file %1 has no member %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/backup/restore.cpp" line="106"/>
        <location filename="../core/backup/restore.cpp" line="162"/>
        <source>psql stopped the restore of database %1 (exit code %2): %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/backup/restore.cpp" line="120"/>
        <location filename="../core/backup/restore.cpp" line="132"/>
        <location filename="../core/backup/restore.cpp" line="156"/>
        <location filename="../core/backup/restore.cpp" line="319"/>
        <location filename="../core/backup/restore.cpp" line="416"/>
        <location filename="../core/backup/restore.cpp" line="457"/>
        <source>The restore was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/backup/restore.cpp" line="134"/>
        <source>The restore stopped because the filestore copy failed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/backup/restore.cpp" line="188"/>
        <location filename="../core/backup/restore.cpp" line="460"/>
        <source>Backup file %1 is damaged in dump.sql: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/backup/restore.cpp" line="191"/>
        <source>Backup file %1 was rejected: dump.sql expands beyond the %2 bytes its zip directory declares.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/backup/restore.cpp" line="221"/>
        <source>pg_restore could not read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/backup/restore.cpp" line="293"/>
        <location filename="../core/backup/restore.cpp" line="351"/>
        <location filename="../core/backup/restore.cpp" line="366"/>
        <location filename="../core/backup/restore.cpp" line="377"/>
        <source>Writing the filestore to the engine failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/backup/restore.cpp" line="321"/>
        <source>The filestore copy stopped because the database restore failed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/backup/restore.cpp" line="357"/>
        <source>Backup file %1 is damaged in %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/backup/restore.cpp" line="362"/>
        <source>Backup file %1 was rejected: %2 expands beyond its declared size of %3 bytes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/backup/restore.cpp" line="371"/>
        <source>Backup file %1 is damaged: %2 is shorter than declared.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/backup/restore.cpp" line="383"/>
        <source>Copying the filestore into the volume failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/backup/restore.cpp" line="399"/>
        <source>No pg_restore is installed to check %1: install postgresql-client.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/backup/restore.cpp" line="429"/>
        <source>Backup file %1 was rejected: pg_restore could not read it: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/backup/restore.cpp" line="436"/>
        <source>Backup file %1 was rejected: it contains no SQL statements, so it contains no database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/backup/restore.cpp" line="472"/>
        <source>Backup file %1 was rejected: its dump.sql is empty, so it holds no database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/backup/restore.cpp" line="484"/>
        <source>the restored filestore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/backup/restore.cpp" line="484"/>
        <source>the volume at %1 of container %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/backup/restore.cpp" line="502"/>
        <source>The engine sent no tar header for %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/backup/restore.cpp" line="509"/>
        <source>Could not read the owner of %1 in container %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/backup/restore.cpp" line="528"/>
        <source>Could not set %1 in the restored database: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/backup/restore.cpp" line="543"/>
        <source>Could not set the admin password in the restored database: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/backup/restore.cpp" line="545"/>
        <source>The restored database has no admin user (base.user_admin), so its admin password could not be set.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/backup/restore.cpp" line="558"/>
        <source>Could not set the admin login %1 in the restored database: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/backup/restore.cpp" line="560"/>
        <source>The restored database has no admin user (base.user_admin), so its login could not be set to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/backup/restore.cpp" line="586"/>
        <source>Could not neutralize the restored database: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/backup/restore.cpp" line="606"/>
        <source>Database %1 already exists on %2, so nothing was restored. Restore under another name, or replace the instance&apos;s database with an in-place restore.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/backup/restore.cpp" line="631"/>
        <source>Could not create database %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/backup/restore.cpp" line="660"/>
        <source>Could not create the pg_trgm extension: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/backup/volumecommand.cpp" line="45"/>
        <source>`%1` in container %2 exited with code %3: %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/backup/volumecommand.cpp" line="96"/>
        <source>`%1` in a helper container of image %2 exited with code %3: %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/backup/volumecommand.cpp" line="122"/>
        <source>Could not read the free space of %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/backup/volumecommand.cpp" line="130"/>
        <source>Could not read the free space of %1: df printed &quot;%2&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/backup/volumecommand.cpp" line="143"/>
        <source>Could not list the helper containers of instance %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/backup/volumecommand.cpp" line="154"/>
        <source>Could not remove helper container %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/backup/backupmaintenance.cpp" line="40"/>
        <source>Backup %1 was deleted on %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/backup/backupmaintenance.cpp" line="209"/>
        <source>Could not remove the local file %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/backup/backupmaintenance.cpp" line="210"/>
        <source>Removed the local file %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/backup/backupmaintenance.cpp" line="217"/>
        <source>Could not delete the S3 object %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/backup/backupmaintenance.cpp" line="218"/>
        <source>Deleted the S3 object %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/backup/restorejobs.cpp" line="104"/>
        <source>Could not read the size of database %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/backup/restorejobs.cpp" line="114"/>
        <source>Could not read the size of the filestore: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/backup/restorejobs.cpp" line="118"/>
        <source>Could not read the size of the filestore: du printed &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/backup/restorejobs.cpp" line="153"/>
        <source>Could not estimate the size of the safety backup: %1 Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/backup/restorejobs.cpp" line="157"/>
        <source>the download of backup %1 (%2) and the safety backup of instance %3 (estimated at %4 from its database and filestore)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/backup/restorejobs.cpp" line="164"/>
        <source>%1 Nothing was downloaded or changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/backup/restorejobs.cpp" line="191"/>
        <source>Could not record the restore on backup %1, so retention may not hold it: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/backup/restorejobs.cpp" line="197"/>
        <source>Could not extend the expiry of backup %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/backup/restorejobs.cpp" line="199"/>
        <source>Backup %1 now expires on %2, %3 days after this restore.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/backup/restorejobs.cpp" line="238"/>
        <source>Backup %1 is %2: only a completed backup can be restored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/backup/restorejobs.cpp" line="287"/>
        <source>Could not download backup %1: %2 Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/backup/restorejobs.cpp" line="291"/>
        <source>Backup %1 has neither a local file nor an S3 copy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/backup/restorejobs.cpp" line="295"/>
        <source>Name a backup id or a file to restore.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/backup/restorejobs.cpp" line="275"/>
        <location filename="../core/backup/restorejobs.cpp" line="300"/>
        <location filename="../core/backup/restorejobs.cpp" line="310"/>
        <source>%1 Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/backup/restorejobs.cpp" line="48"/>
        <source>backup %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/backup/restorejobs.cpp" line="251"/>
        <source>The local file %1 of backup %2 is missing, and the backup has no S3 copy. Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/backup/restorejobs.cpp" line="255"/>
        <source>The local file %1 of backup %2 is missing. Restoring from the S3 copy %3 instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/backup/restorejobs.cpp" line="270"/>
        <source>The local file %1 of backup %2 has SHA-256 %3, but the catalog recorded %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/backup/restorejobs.cpp" line="277"/>
        <source>%1 Restoring from the S3 copy %2 instead. Run &apos;saasodoo backup download %3&apos; to replace the damaged local file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/backup/restorejobs.cpp" line="306"/>
        <source>Checking the CRC-32 of every member of %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/backup/restorejobs.cpp" line="320"/>
        <source>Backup %1: Odoo %2, database %3, %4 filestore files.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/backup/backupconfig.cpp" line="43"/>
        <source>Backup directory is missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/backup/backupconfig.cpp" line="46"/>
        <source>Backup directory &quot;%1&quot; is a relative path: give an absolute path.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/backup/backupconfig.cpp" line="48"/>
        <source>Backup directory &quot;%1&quot; does not exist: create it first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/backup/backupconfig.cpp" line="50"/>
        <source>Backup directory &quot;%1&quot; is a file, not a directory.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/backup/backupconfig.cpp" line="53"/>
        <source>Backup directory &quot;%1&quot; is not writable: %2. Choose another directory or fix its permissions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/backup/backupconfig.cpp" line="68"/>
        <source>S3 endpoint &quot;%1&quot; is invalid: use http(s)://host[:port], such as https://s3.eu-west-1.amazonaws.com.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/backup/backupconfig.cpp" line="72"/>
        <source>S3 endpoint &quot;%1&quot; is invalid: give only scheme, host and port, without user name, query or fragment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/backup/backupconfig.cpp" line="82"/>
        <source>S3 region is missing: use us-east-1 when the server ignores regions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/backup/backupconfig.cpp" line="84"/>
        <source>S3 region &quot;%1&quot; is invalid: use lower-case letters, digits and hyphens, such as us-east-1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/backup/backupconfig.cpp" line="98"/>
        <source>S3 bucket &quot;%1&quot; is invalid: use 3 to 63 lower-case letters, digits, dots and hyphens, starting and ending with a letter or digit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/backup/backupconfig.cpp" line="103"/>
        <source>S3 bucket &quot;%1&quot; is invalid: S3 reserves names that start with %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/backup/backupconfig.cpp" line="108"/>
        <source>S3 bucket &quot;%1&quot; is invalid: S3 reserves names that end with %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/backup/backupconfig.cpp" line="139"/>
        <source>Could not write the settings file %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/backup/backupconfig.cpp" line="159"/>
        <source>S3 bucket is missing: enter the bucket to test.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/backup/backupconfig.cpp" line="161"/>
        <source>The S3 access key id and secret access key are both needed for the test.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/backup/backupconfig.cpp" line="178"/>
        <source>Bucket %1 does not exist at %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/backup/backupconfig.cpp" line="185"/>
        <source>Bucket %1 at %2 is reachable and these keys may list it (%3 style).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/backup/backupconfig.cpp" line="187"/>
        <source>virtual-hosted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/backup/backupconfig.cpp" line="187"/>
        <source>path</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/backup/backuprecovery.cpp" line="139"/>
        <source>Removed the downloaded copy %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/backup/backuprecovery.cpp" line="141"/>
        <source>Could not remove the downloaded copy %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/backup/backuprecovery.cpp" line="192"/>
        <source>Finish the restore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/backup/backuprecovery.cpp" line="196"/>
        <source>The job had switched the instance over to the restored data, so the clean-up finishes the restore and keeps database %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/backup/backuprecovery.cpp" line="211"/>
        <source>The job switched the instance over, but its database %1 is missing. Nothing was changed; check the server before you run the clean-up again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/backup/backuprecovery.cpp" line="216"/>
        <source>Could not drop the half-restored database %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/backup/backuprecovery.cpp" line="217"/>
        <source>Dropped the half-restored database %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/backup/backuprecovery.cpp" line="221"/>
        <source>The database from before the restore is kept as %1. Once the instance works, drop it with: %2 (&apos;saasodoo instance delete&apos; drops it with the instance.)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/backup/backuprecovery.cpp" line="226"/>
        <source>The filestore from before the restore is kept as %1. Once the instance works, remove it with: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/backup/backuprecovery.cpp" line="233"/>
        <source>Could not list the filestore directories: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/backup/backuprecovery.cpp" line="240"/>
        <source>Could not remove the half-restored filestore %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/backup/backuprecovery.cpp" line="241"/>
        <source>Removed the half-restored filestore %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/backup/backuprecovery.cpp" line="254"/>
        <source>Could not check container %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/backup/backuprecovery.cpp" line="259"/>
        <source>Could not stop container %1 for the clean-up: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/backup/backuprecovery.cpp" line="260"/>
        <source>Stopped container %1 for the clean-up. It starts again at the end if the instance was running.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/backup/backuprecovery.cpp" line="277"/>
        <source>Cancelled by the admin.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/backup/backuprecovery.cpp" line="285"/>
        <source>Container %1 stopped with exit code %2 before Odoo answered %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/backup/backuprecovery.cpp" line="290"/>
        <source>Odoo did not answer %1 within %2 s (last result: %3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/backup/backupjobs.cpp" line="153"/>
        <source>use path, virtual or auto</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/backup/backupjobs.cpp" line="156"/>
        <source>backups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/backup/backupjobs.cpp" line="160"/>
        <source>MiB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/backup/backupjobs.cpp" line="163"/>
        <source>hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/backup/backupjobs.cpp" line="166"/>
        <source>milliseconds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/backup/backupjobs.cpp" line="169"/>
        <source>seconds</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>saasodoo::backup::BackupJobs</name>
    <message>
        <location filename="../core/backup/backupjobs.cpp" line="193"/>
        <source>No S3 bucket is configured: set backups/s3/bucket or SAASODOO_S3_BUCKET.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/backup/backupjobs.cpp" line="197"/>
        <source>%1 Correct SAASODOO_S3_ENDPOINT, SAASODOO_S3_REGION or SAASODOO_S3_BUCKET, or the S3 settings in the console.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/backup/backupjobs.cpp" line="204"/>
        <source>The S3 access key id is not available from the keychain: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/backup/backupjobs.cpp" line="208"/>
        <source>The S3 secret access key is not available from the keychain: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/backup/backupjobs.cpp" line="249"/>
        <source>Instance %1 is being restored, so a backup cannot start. %2 Wait for that job to end, then try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/backup/backupjobs.cpp" line="256"/>
        <source>Instance %1 is %2: a backup needs it running, stopped or suspended.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/backup/backupjobs.cpp" line="265"/>
        <source>Backup in progress.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/backup/backupjobs.cpp" line="281"/>
        <location filename="../core/backup/backupjobs.cpp" line="298"/>
        <source>Backup failed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/backup/backupjobs.cpp" line="304"/>
        <source>Backup %1 of instance %2 (database %3) to %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/backup/backupjobs.cpp" line="319"/>
        <source>Could not record the failure on backup %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/backup/backupjobs.cpp" line="320"/>
        <source>Backup failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/backup/backupjobs.cpp" line="340"/>
        <source>Writing the backup failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/backup/backupjobs.cpp" line="344"/>
        <source>Wrote %1 bytes (database dump %2 bytes, %3 filestore files), SHA-256 %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/backup/backupjobs.cpp" line="358"/>
        <source>Could not catalogue the backup: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/backup/backupjobs.cpp" line="361"/>
        <source>Backup finished.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/backup/backupjobs.cpp" line="364"/>
        <source>No S3 target is configured; the backup is kept locally only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/backup/backupjobs.cpp" line="374"/>
        <source>Backup %1 was saved locally at %2, but archiving it to S3 failed: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/backup/backupjobs.cpp" line="380"/>
        <source>A safety backup removes no local copies; the next backup prunes them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/backup/backupmaintenance.cpp" line="59"/>
        <source>Backup %1 is %2: only a completed backup can be verified.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/backup/backupmaintenance.cpp" line="66"/>
        <source>Verify the local file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/backup/backupmaintenance.cpp" line="71"/>
        <source>The local file %1 is missing, and the backup has no S3 copy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/backup/backupmaintenance.cpp" line="72"/>
        <source>The local file %1 is missing. Run &apos;saasodoo backup download %2&apos; to fetch it again from the S3 copy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/backup/backupmaintenance.cpp" line="78"/>
        <source>The local file %1 has SHA-256 %2, but the catalog recorded %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/backup/backupmaintenance.cpp" line="81"/>
        <source>The local file %1 is not a valid backup: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/backup/backupmaintenance.cpp" line="83"/>
        <source>The local file %1 is damaged: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/backup/backupmaintenance.cpp" line="85"/>
        <source>The local file %1 matches its SHA-256, and every member passes its CRC-32 check.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/backup/backupmaintenance.cpp" line="90"/>
        <source>Verify the S3 copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/backup/backupmaintenance.cpp" line="100"/>
        <source>The S3 object %1 has the recorded SHA-256 in its metadata and when read back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/backup/backupmaintenance.cpp" line="105"/>
        <source>Backup %1 has neither a local file nor an S3 copy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/backup/backupmaintenance.cpp" line="132"/>
        <source>Backup %1 has no S3 copy to download.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/backup/backupmaintenance.cpp" line="136"/>
        <source>Download from S3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/backup/backupmaintenance.cpp" line="141"/>
        <source>the download of backup %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/backup/backupmaintenance.cpp" line="154"/>
        <source>Could not create %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/backup/backupmaintenance.cpp" line="174"/>
        <source>Download of %1 failed: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/backup/backupmaintenance.cpp" line="179"/>
        <source>The downloaded copy of backup %1 has SHA-256 %2, but the catalog recorded %3. The download was discarded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/backup/backupmaintenance.cpp" line="186"/>
        <source>Could not move the download into place at %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/backup/backupmaintenance.cpp" line="188"/>
        <source>Downloaded %1 bytes to %2; the SHA-256 matches the catalog.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/backup/backupmaintenance.cpp" line="274"/>
        <source>Backup %1 is still being written. Cancel its job first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/backup/backupmaintenance.cpp" line="275"/>
        <source>Delete the backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/backup/backupmaintenance.cpp" line="300"/>
        <source>Take the scheduled backups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/backup/backupmaintenance.cpp" line="304"/>
        <source>Skipped instance %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/backup/backupmaintenance.cpp" line="311"/>
        <source>it is %1, so a backup or restore of it is already running.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/backup/backupmaintenance.cpp" line="317"/>
        <source>it is %1; scheduled backups are taken of running and stopped instances only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/backup/backupmaintenance.cpp" line="333"/>
        <source>its backup policy turns scheduled backups off (interval 0 hours).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/backup/backupmaintenance.cpp" line="349"/>
        <source>not due until %1 (its newest backup is from %2, the interval is %3 hours).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/backup/backupmaintenance.cpp" line="360"/>
        <source>host %1 is unreachable: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/backup/backupmaintenance.cpp" line="361"/>
        <source>Instance %1: host %2 is unreachable: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/backup/backupmaintenance.cpp" line="365"/>
        <source>Instance %1 is due for a scheduled backup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/backup/backupmaintenance.cpp" line="372"/>
        <source>Instance %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/backup/backupmaintenance.cpp" line="376"/>
        <source>Apply retention</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/backup/backupmaintenance.cpp" line="403"/>
        <source>Instance %1 keeps the newest backup of %2 days, %3 weeks and %4 months. Policy source: %5.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/backup/backupmaintenance.cpp" line="421"/>
        <source>Retention keeps backup %1 of instance %2: a restore read it on %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/backup/backupmaintenance.cpp" line="452"/>
        <source>Removed the partial file %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/backup/backupmaintenance.cpp" line="457"/>
        <source>Retention removed the record of failed %1 backup %2 of instance %3 (made %4, expired %5).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/backup/backupmaintenance.cpp" line="463"/>
        <source>Retention removed %1 backup %2 of instance %3 (made %4).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/backup/backupmaintenance.cpp" line="467"/>
        <location filename="../core/backup/backupmaintenance.cpp" line="491"/>
        <source>Backup %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/backup/backupmaintenance.cpp" line="474"/>
        <source>Archive pending backups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/backup/backupmaintenance.cpp" line="484"/>
        <source>Backup %1 has no S3 copy yet; archiving it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/backup/backupmaintenance.cpp" line="497"/>
        <source>Abort abandoned uploads</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/backup/backupmaintenance.cpp" line="502"/>
        <source>Run finished: %1 new backups, %2 instances skipped, %3 removed by retention, %4 kept, %5 archived, %6 unfinished uploads aborted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/backup/backupjobs.cpp" line="228"/>
        <location filename="../core/backup/restorejobs.cpp" line="391"/>
        <location filename="../core/backup/restorejobs.cpp" line="393"/>
        <location filename="../core/backup/restorejobs.cpp" line="400"/>
        <location filename="../core/backup/restorejobs.cpp" line="405"/>
        <location filename="../core/backup/restorejobs.cpp" line="422"/>
        <location filename="../core/backup/restorejobs.cpp" line="622"/>
        <location filename="../core/backup/restorejobs.cpp" line="625"/>
        <location filename="../core/backup/restorejobs.cpp" line="629"/>
        <location filename="../core/backup/restorejobs.cpp" line="633"/>
        <location filename="../core/backup/restorejobs.cpp" line="737"/>
        <location filename="../core/backup/restorejobs.cpp" line="743"/>
        <source>%1 Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/backup/restorejobs.cpp" line="411"/>
        <source>Could not estimate the size of the safety backup: %1 Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/backup/restorejobs.cpp" line="414"/>
        <source>the safety backup of instance %1 (estimated from database %2 of %3 and a filestore of %4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/backup/restorejobs.cpp" line="435"/>
        <source>%1 The instance was not changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/backup/restorejobs.cpp" line="437"/>
        <source>Restore failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/backup/restorejobs.cpp" line="446"/>
        <source>Safety backup %1 taken.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/backup/restorejobs.cpp" line="453"/>
        <source>The safety backup failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/backup/restorejobs.cpp" line="457"/>
        <source>No safety backup: the instance was created for this restore.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/backup/restorejobs.cpp" line="491"/>
        <source>Restoring into the new database %1 failed: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/backup/restorejobs.cpp" line="502"/>
        <source>Dropped the restored copy %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/backup/restorejobs.cpp" line="519"/>
        <source>Could not stop the instance&apos;s container: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/backup/restorejobs.cpp" line="567"/>
        <source>Could not record the switch-over in the catalog, so it was undone: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/backup/restorejobs.cpp" line="575"/>
        <source>Could not start the instance again: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/backup/restorejobs.cpp" line="576"/>
        <source>Switching to the restored database failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/backup/restorejobs.cpp" line="579"/>
        <source>The instance now uses the restored database, and the old one is %1. The backup contains no filestore files, so the instance keeps its current filestore.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/backup/restorejobs.cpp" line="583"/>
        <source>The instance now uses the restored database, and the old one is %1. The backup holds no filestore, so the instance keeps its current filestore.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/backup/restorejobs.cpp" line="587"/>
        <source>The instance now uses the restored database and filestore; the old ones are %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/backup/restorejobs.cpp" line="589"/>
        <source>The restore finished, but the container did not start: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/backup/restorejobs.cpp" line="601"/>
        <source>Could not drop the old database %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/backup/restorejobs.cpp" line="603"/>
        <source>Dropped the old database %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/backup/restorejobs.cpp" line="608"/>
        <source>Could not remove the old filestore %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/backup/restorejobs.cpp" line="609"/>
        <source>Restored from %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/backup/restorejobs.cpp" line="624"/>
        <source>CPU limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/backup/restorejobs.cpp" line="628"/>
        <source>Memory limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/backup/restorejobs.cpp" line="632"/>
        <source>Admin email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/backup/restorejobs.cpp" line="662"/>
        <source>%1 is a backup of Odoo %2, so it cannot be restored as an Odoo %3 instance. Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/backup/restorejobs.cpp" line="677"/>
        <source>%1 belongs to no instance in the catalog, so the new instance has no tenant. Name one with --tenant. Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/backup/restorejobs.cpp" line="682"/>
        <source>%1 names no Odoo version, so a new instance cannot be chosen for it. Give the series with --odoo-version, such as 17.0.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/backup/restorejobs.cpp" line="715"/>
        <source>%1 Name a host for the new instance with --host. Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/backup/restorejobs.cpp" line="718"/>
        <source>Chose host %1 for the new instance.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/backup/restorejobs.cpp" line="729"/>
        <source>%1 Choose another name. Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/backup/restorejobs.cpp" line="733"/>
        <source>Restored from %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/backup/restorejobs.cpp" line="749"/>
        <source>Created instance record %1 (database %2) for the restore.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/backup/restorejobs.cpp" line="754"/>
        <source>Removing the new instance %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/backup/restorejobs.cpp" line="759"/>
        <source>%1 The new instance %2 could not be removed: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/backup/restorejobs.cpp" line="761"/>
        <source>%1 The new instance %2 was removed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/backup/restorejobs.cpp" line="787"/>
        <source>The admin user of %1 has a new password, stored in the keychain under %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/backup/backuprecovery.cpp" line="330"/>
        <source>Jobs of kind %1 leave nothing to clean up on an instance.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/backup/backuprecovery.cpp" line="336"/>
        <source>Check the instance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/backup/backuprecovery.cpp" line="359"/>
        <source>Remove partial backups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/backup/backuprecovery.cpp" line="369"/>
        <source>Could not remove the partial backup file %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/backup/backuprecovery.cpp" line="372"/>
        <source>Interrupted: the process writing this backup stopped before it ended.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/backup/backuprecovery.cpp" line="376"/>
        <source>Marked backup %1 failed and removed its partial file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/backup/backuprecovery.cpp" line="395"/>
        <source>Put the instance back in its state</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/backup/backuprecovery.cpp" line="420"/>
        <source>Instance %1 is %2; its state stays.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/backup/backuprecovery.cpp" line="401"/>
        <source>Could not check container %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/backup/backuprecovery.cpp" line="426"/>
        <source>The audit trail does not show the state before the job; the container&apos;s state %1 is used.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/backup/backuprecovery.cpp" line="415"/>
        <location filename="../core/backup/backuprecovery.cpp" line="437"/>
        <source>Could not start container %1 again: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/backup/backuprecovery.cpp" line="416"/>
        <location filename="../core/backup/backuprecovery.cpp" line="438"/>
        <source>Started container %1 again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/backup/backuprecovery.cpp" line="406"/>
        <location filename="../core/backup/backuprecovery.cpp" line="418"/>
        <location filename="../core/backup/backuprecovery.cpp" line="440"/>
        <location filename="../core/backup/restorejobs.cpp" line="595"/>
        <source>Could not record the container&apos;s published port: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/backup/backuprecovery.cpp" line="452"/>
        <source>Job %1 was interrupted and cleaned up.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/backup/backuprecovery.cpp" line="460"/>
        <source>Instance %1 is %2 again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/backup/backuprecovery.cpp" line="469"/>
        <source>Remove the downloaded copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/backup/backuprecovery.cpp" line="484"/>
        <source>Job %1 stopped before it added an instance; nothing else to remove.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/backup/backuprecovery.cpp" line="472"/>
        <source>Check the new instance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/backup/backuprecovery.cpp" line="315"/>
        <source>The clean-up of interrupted restore job %1 failed: %2 Run &apos;saasodoo job cleanup %1&apos; again once the cause is fixed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/backup/backuprecovery.cpp" line="321"/>
        <source>Instance %1 is now in error.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/backup/backuprecovery.cpp" line="351"/>
        <source>Remove leftover helper containers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/backup/backuprecovery.cpp" line="356"/>
        <source>Removed helper container %1, which job %2 left behind, with its anonymous volumes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/backup/backuprecovery.cpp" line="449"/>
        <source>Container %1 was started, but Odoo did not come up: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/backup/backuprecovery.cpp" line="451"/>
        <source>Job %1 was interrupted after its switch-over, so the clean-up finished it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/backup/backuprecovery.cpp" line="487"/>
        <source>Job %1 added instance record %2 but stopped before pointing at it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/backup/backuprecovery.cpp" line="496"/>
        <source>Instance %1 is deleted; nothing to clean up.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/backup/backuprecovery.cpp" line="502"/>
        <source>Instance %1 existed before job %2 started, so the clean-up leaves it alone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/backup/backuprecovery.cpp" line="517"/>
        <source>Drop the restore&apos;s databases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/backup/backuprecovery.cpp" line="520"/>
        <source>The PostgreSQL password of host %1 is not available from the keychain: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/backup/backuprecovery.cpp" line="538"/>
        <source>Could not drop database %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/backup/backuprecovery.cpp" line="539"/>
        <source>Dropped database %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/backup/backuprecovery.cpp" line="550"/>
        <source>Restore as a new instance was interrupted, so the instance is being removed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/backup/backuprecovery.cpp" line="557"/>
        <location filename="../core/backup/restorejobs.cpp" line="757"/>
        <source>Could not remove the new instance %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/backup/backuprecovery.cpp" line="564"/>
        <source>Restore as a new instance was interrupted, and the job clean-up removed the instance. The catalog keeps this record.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/backup/backuprecovery.cpp" line="568"/>
        <source>Removed instance %1, which the interrupted restore had added.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/backup/backuprecovery.cpp" line="575"/>
        <source>Undo the restore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/backup/backuprecovery.cpp" line="601"/>
        <source>Database %1 is live and the job left the previous one as %2. Both stay. Once the instance works, drop %2 with: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/backup/backuprecovery.cpp" line="608"/>
        <source>Could not drop the restored copy %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/backup/backuprecovery.cpp" line="609"/>
        <source>Dropped database %1, the restored copy, to put the original back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/backup/backuprecovery.cpp" line="613"/>
        <source>Could not rename %1 back to %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/backup/backuprecovery.cpp" line="614"/>
        <source>Renamed the original database %1 back to %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/backup/backuprecovery.cpp" line="618"/>
        <source>Could not drop the half-restored database %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/backup/backuprecovery.cpp" line="619"/>
        <source>Dropped the half-restored database %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/backup/backuprecovery.cpp" line="627"/>
        <source>Could not list the filestore directories: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/backup/backuprecovery.cpp" line="632"/>
        <source>Filestore %1 is live and the job left the previous one as %2. Both stay. Once the instance works, remove %2 with: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/backup/backuprecovery.cpp" line="644"/>
        <source>Could not move the original filestore %1 back: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/backup/backuprecovery.cpp" line="645"/>
        <source>Moved the original filestore %1 back to %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/backup/backuprecovery.cpp" line="652"/>
        <source>Could not remove the half-restored filestore %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/backup/backuprecovery.cpp" line="653"/>
        <source>Removed the half-restored filestore %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/backup/restorejobs.cpp" line="764"/>
        <source>Provisioning the new instance failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/backup/restorejobs.cpp" line="771"/>
        <source>The admin password of the new instance is not available from the keychain: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/backup/restorejobs.cpp" line="786"/>
        <source>Restoring into the new instance failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>saasodoo::backup::CheckedSettings</name>
    <message>
        <location filename="../core/backup/backupjobs.cpp" line="73"/>
        <source>The setting %1 in %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/backup/backupjobs.cpp" line="93"/>
        <source>use a whole number of %1 from %2 to %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/backup/backupjobs.cpp" line="101"/>
        <source>%1 is &quot;%2&quot;, which is invalid: %3. Correct it or unset it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>saasodoo::backup::Deflater</name>
    <message>
        <location filename="../core/backup/zipoutput.cpp" line="116"/>
        <source>Setting the deflate dictionary failed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/backup/zipoutput.cpp" line="129"/>
        <source>Deflate failed with ISA-L error %1 at level %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/backup/zipoutput.cpp" line="144"/>
        <source>Deflate stopped without progress in ISA-L state %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>saasodoo::backup::DumpFilter</name>
    <message>
        <location filename="../core/backup/dumpfilter.cpp" line="161"/>
        <source>Line %1 of the dump contains the psql meta-command &quot;%2&quot;, which a restore never runs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/backup/dumpfilter.cpp" line="175"/>
        <source>Line %1 of the dump contains the statement &quot;%2&quot;, which changes the database, a role or the server rather than the objects in the database. A plain Odoo dump never contains it, so the backup was rejected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/backup/dumpfilter.cpp" line="189"/>
        <source>Line %1 of the dump continues after COPY ... FROM stdin, but its data must start on the next line.</source>
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
        <location filename="../core/backup/zipoutput.cpp" line="462"/>
        <source>Could not start a SHA-256 hash for %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/backup/zipoutput.cpp" line="524"/>
        <location filename="../core/backup/zipoutput.cpp" line="575"/>
        <location filename="../core/backup/zipoutput.cpp" line="588"/>
        <source>The zip file %1 is not open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/backup/zipoutput.cpp" line="526"/>
        <source>The zip file %1 takes no more entries of the main producer after the release.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/backup/zipoutput.cpp" line="556"/>
        <source>No zip entry is open in %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/backup/zipoutput.cpp" line="605"/>
        <source>Writing %1 stopped before the end.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/backup/zipoutput.cpp" line="613"/>
        <source>Could not finish the SHA-256 hash of %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/backup/zipoutput.cpp" line="621"/>
        <source>Writing %1 was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/backup/zipoutput.cpp" line="459"/>
        <source>Could not create %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>saasodoo::backup::ZipOutput::Pipeline</name>
    <message>
        <location filename="../core/backup/zipoutput.cpp" line="245"/>
        <source>The zip file %1 is already closed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/backup/zipoutput.cpp" line="388"/>
        <source>The zip entry %1 reached 4 GiB, but was started with a smaller size and has no zip64 fields.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>saasodoo::backup::detail</name>
    <message>
        <location filename="../core/backup/backupjobs.cpp" line="441"/>
        <source>The database password of instance %1 is not available from the keychain: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/backup/backupjobs.cpp" line="449"/>
        <source>The PostgreSQL password of host %1 is not available from the keychain: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/backup/backuparchive.cpp" line="110"/>
        <source>Could not create the upload lock %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/backup/backuparchive.cpp" line="117"/>
        <source>Backup %1 is being uploaded by another process (%2, pid %3 on %4), so it was skipped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/backup/backuparchive.cpp" line="126"/>
        <source>Backup %1 was archived by another process as %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/backup/backuparchive.cpp" line="131"/>
        <location filename="../core/backup/backupjobs.cpp" line="533"/>
        <source>Could not open %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/backup/backuparchive.cpp" line="153"/>
        <source>Resuming upload %1 of an earlier attempt, which had saved %2 parts. The server&apos;s list of parts decides which ones are sent again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/backup/backuparchive.cpp" line="159"/>
        <source>Aborted upload %1 of an earlier attempt: it was made for other data.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/backup/backuparchive.cpp" line="161"/>
        <source>Could not abort upload %1 of an earlier attempt, which was made for other data: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/backup/backuparchive.cpp" line="172"/>
        <source>Could not save the upload&apos;s state to %1, so a failed upload cannot resume.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/backup/backuparchive.cpp" line="189"/>
        <source>1 part</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/backup/backuparchive.cpp" line="189"/>
        <source>%1 parts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/backup/backuparchive.cpp" line="190"/>
        <source>Uploaded %1 bytes to s3://%2/%3 in %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/backup/backuparchive.cpp" line="210"/>
        <source>The S3 copy&apos;s metadata and read-back SHA-256 match the backup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/backup/backuparchive.cpp" line="225"/>
        <source>Aborted the unfinished upload %1 of %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/backup/backuparchive.cpp" line="227"/>
        <source>Could not abort the unfinished upload %1 of %2; the next `backup run-due` aborts it: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/backup/backuparchive.cpp" line="247"/>
        <source>Could not list the unfinished S3 uploads: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/backup/backuparchive.cpp" line="273"/>
        <source>it is older than %1 hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/backup/backuparchive.cpp" line="275"/>
        <source>backup %1 resumes another upload</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/backup/backuparchive.cpp" line="277"/>
        <source>no backup in the catalog waits for it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/backup/backuparchive.cpp" line="286"/>
        <source>Left the unfinished upload %1 of %2 alone: backup %3 is being uploaded by another process.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/backup/backuparchive.cpp" line="293"/>
        <source>Could not abort the unfinished upload %1 of %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/backup/backuparchive.cpp" line="303"/>
        <source>Aborted the unfinished upload %1 of s3://%2/%3, started %4: %5.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/backup/backuparchive.cpp" line="349"/>
        <source>Backup %1 is %2: only a completed backup can be archived.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/backup/backuparchive.cpp" line="353"/>
        <source>Backup %1 is already archived as %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/backup/backuparchive.cpp" line="357"/>
        <source>No S3 bucket is configured: set backups/s3/bucket or SAASODOO_S3_BUCKET.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/backup/backuparchive.cpp" line="359"/>
        <source>Backup %1 has no local file to archive%2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/backup/backuparchive.cpp" line="361"/>
        <source> (%1 is missing)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/backup/backuparchive.cpp" line="365"/>
        <source>Check the local file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/backup/backuparchive.cpp" line="370"/>
        <source>The local file %1 has SHA-256 %2, but the catalog recorded %3, so it was not archived.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/backup/backuparchive.cpp" line="379"/>
        <source>Archiving backup %1 to S3 failed: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/backup/backupjobs.cpp" line="468"/>
        <source>Could not create the directory %1: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/backup/backupjobs.cpp" line="502"/>
        <source>Could not list the backups to prune: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/backup/backupjobs.cpp" line="513"/>
        <source>Kept the local copy of archived backup %1 because restore job %2 is reading it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/backup/backupjobs.cpp" line="518"/>
        <source>Could not remove the local copy %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/backup/backupjobs.cpp" line="521"/>
        <source>Removed the local copy of archived backup %1 (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/backup/backupjobs.cpp" line="538"/>
        <source>Cancelled by the admin.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/backup/backupjobs.cpp" line="541"/>
        <source>Could not read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/backup/restorejobs.cpp" line="798"/>
        <source>Instance %1 is being restored, so another restore cannot start. %2 Wait for that job to end, then try again. Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/backup/restorejobs.cpp" line="805"/>
        <source>Instance %1 is %2: an in-place restore needs it running, stopped or in error.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/backup/restorejobs.cpp" line="816"/>
        <source>Restore job %1 is running.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/backup/restorejobs.cpp" line="837"/>
        <source>Could not put instance %1 back in its state %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/backup/restorejobs.cpp" line="849"/>
        <source>Added by restore job %1; not provisioned yet.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>saasodoo::billing</name>
    <message>
        <location filename="../core/billing/billingrun.cpp" line="145"/>
        <source>Odoo hosting, plan %1, %2 to %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/billing/billingrun.cpp" line="222"/>
        <source>Invoice %1 for plan %2, %3 to %4: %5.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/billing/billingrun.cpp" line="247"/>
        <source>Mark the subscription of %1 past due: invoice %2 was due on %3 and is unpaid after %4 grace day(s).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/billing/billingrun.cpp" line="258"/>
        <source>Suspend the subscription of %1 and its %2 instance(s) (%3): invoice %4 was due on %5.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/billing/billingrun.cpp" line="262"/>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/billing/billingrun.cpp" line="397"/>
        <source>Issued invoice %1 to %2: %3, due %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/billing/billingrun.cpp" line="373"/>
        <source>Trial ended; invoice %1 issued.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/billing/billingrun.cpp" line="179"/>
        <source>Resume the instances that dunning suspended under the cancelled subscription of %1, which has no overdue invoice left.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/billing/billingrun.cpp" line="203"/>
        <source>Suspend %1 instance(s) of %2 (%3): the subscription is cancelled, but invoice %4, due %5, is unpaid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/billing/billingrun.cpp" line="273"/>
        <source>Finish suspending %1 instance(s) of %2 (%3): the subscription is suspended for invoice %4, due %5, but an earlier run did not stop them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/billing/billingrun.cpp" line="297"/>
        <source>Finish resuming %1 instance(s) of %2 (%3): the subscription is active again, but an earlier resume did not finish.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/billing/billingrun.cpp" line="318"/>
        <source>Reactivate the subscription of %1, which has no overdue invoice, and resume %2 instance(s); %3 that were stopped before the suspension stay stopped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/billing/billingrun.cpp" line="337"/>
        <source>The period starting %1 of %2 was not invoiced, because the period starting %3 is not invoiced yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/billing/billingrun.cpp" line="343"/>
        <location filename="../core/billing/billingrun.cpp" line="390"/>
        <source>The invoice for the period starting %1 of %2 was already generated by another run; skipped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/billing/billingrun.cpp" line="373"/>
        <source>Invoice %1 issued.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/billing/billingrun.cpp" line="502"/>
        <source>%1 has no invoice overdue for suspension any more; nothing is suspended.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/billing/billingrun.cpp" line="507"/>
        <location filename="../core/billing/billingrun.cpp" line="1079"/>
        <source>Dunning: invoice %1, due %2, is unpaid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/billing/billingrun.cpp" line="519"/>
        <source>The subscription of %1 is %2 now, not suspended; its instances are left as they are.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/billing/billingrun.cpp" line="525"/>
        <source>The subscription of %1 was already suspended or changed by another run; skipped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/billing/billingrun.cpp" line="530"/>
        <source>No provisioner is available to suspend the instances of %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/billing/billingrun.cpp" line="621"/>
        <source>invoice %1 unpaid since %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/billing/billingrun.cpp" line="676"/>
        <source>Instance %1 is stopping, but no running job is stopping it: the process that stopped it ended before the stop did.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/billing/billingrun.cpp" line="696"/>
        <source>No provisioner is available to resume the suspended instances.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/billing/billingrun.cpp" line="757"/>
        <source>Instance %1 is %2, not suspended; left as it is.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/billing/billingrun.cpp" line="764"/>
        <source>Suspension lifted; the instance was stopped before it and stays stopped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/billing/billingrun.cpp" line="770"/>
        <source>Instance %1 was stopped before the suspension; it stays stopped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/billing/billingrun.cpp" line="872"/>
        <source>A trial of %1 days is invalid: use 0 to %2 days.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/billing/billingrun.cpp" line="877"/>
        <location filename="../core/billing/billingrun.cpp" line="966"/>
        <source>Plan %1 is inactive and takes no new subscriptions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/billing/billingrun.cpp" line="879"/>
        <source>Plan %1 has no %2 price. Subscribe in %3, choose a plan with a %2 price, or give plan %1 a %2 price with Edit plan in the console&apos;s Plans tab.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/billing/billingrun.cpp" line="888"/>
        <source>The start date %1 is outside the billing window %2 to %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/billing/billingrun.cpp" line="889"/>
        <source>(none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/billing/billingrun.cpp" line="913"/>
        <source>Subscribed to %1 with a %2-day trial.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/billing/billingrun.cpp" line="914"/>
        <source>Subscribed to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/billing/billingrun.cpp" line="941"/>
        <source>draft %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/billing/billingrun.cpp" line="943"/>
        <source>The customer was invoiced up to %1 already, by invoice %2 (%3). A subscription billed from %4 would invoice the days from %5 to %1 a second time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/billing/billingrun.cpp" line="956"/>
        <source>Subscription %1 is cancelled, so its plan cannot change. Create a new subscription for the customer instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/billing/billingrun.cpp" line="964"/>
        <source>Subscription %1 is on plan %2 already; nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/billing/billingrun.cpp" line="970"/>
        <source>Plan %1 has no %2 price, and the subscription is billed in %2. Choose a plan with a %2 price, or give plan %1 one with Edit plan in the console&apos;s Plans tab.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/billing/billingrun.cpp" line="797"/>
        <source>%1 instances where it allows %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/billing/billingrun.cpp" line="799"/>
        <source>%1 CPU cores in total where it allows %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/billing/billingrun.cpp" line="804"/>
        <source>%1 of memory in total where it allows %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/billing/billingrun.cpp" line="809"/>
        <source>%1 of storage in total where it allows %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/billing/billingrun.cpp" line="814"/>
        <source>The customer&apos;s instances do not fit plan %1: they have %2. Reduce the instances or their limits first, or choose a larger plan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/billing/billingrun.cpp" line="816"/>
        <source>, and </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/billing/billingrun.cpp" line="548"/>
        <source>%1 has no invoice overdue for suspension any more (subscription %2); stopped suspending the instances.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/billing/billingrun.cpp" line="605"/>
        <source>An interrupted job left it %1; suspending it for dunning.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/billing/billingrun.cpp" line="611"/>
        <source>Instance %1 is being suspended by another run; skipped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/billing/billingrun.cpp" line="617"/>
        <source>Instance %1 was left %2 by an interrupted job; suspending it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/billing/billingrun.cpp" line="629"/>
        <source>Instance %1 was suspended by another run; skipped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/billing/billingrun.cpp" line="682"/>
        <source>Instance %1 is stopping; waiting for the stop to end.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/billing/billingrun.cpp" line="709"/>
        <source>Instance %1 was started or stopped after its dunning suspension and is %2 now; left as it is.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/billing/billingrun.cpp" line="721"/>
        <source>An interrupted resume left it starting; resuming it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/billing/billingrun.cpp" line="727"/>
        <source>Instance %1 was left starting by an interrupted resume; resuming it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/billing/billingrun.cpp" line="747"/>
        <source>A dunning suspension or resume left it %1; treated as suspended.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/billing/billingrun.cpp" line="980"/>
        <source>Plan changed to %1 from the next invoice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/billing/billingrun.cpp" line="990"/>
        <source>Invoice %1, which this payment had paid, is open again: void it if the customer owes nothing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/billing/billingrun.cpp" line="993"/>
        <source>Invoice %1, which this payment had paid, is paid again by payment %2, an overpayment of that invoice that was held for refund and is no longer a refund due.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/billing/billingrun.cpp" line="1005"/>
        <source>Subscription %1 is cancelled already.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/billing/billingrun.cpp" line="1007"/>
        <source>Cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/billing/billingrun.cpp" line="1007"/>
        <source>Cancelled: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/billing/billingrun.cpp" line="1045"/>
        <source>Plan the billing run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/billing/billingrun.cpp" line="1057"/>
        <source>Billing run for %1: %2 action(s).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/billing/billingrun.cpp" line="1067"/>
        <source>Cancelled before: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/billing/billingrun.cpp" line="1082"/>
        <source>The subscription of %1 was already marked past due or changed by another run; skipped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/billing/billingrun.cpp" line="1099"/>
        <source>%1 failed: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/billing/billingrun.cpp" line="1104"/>
        <source>%1 of %2 billing action(s) failed: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/billing/billingrun.cpp" line="1170"/>
        <source>Subscription %1 is cancelled; resuming the instances that dunning suspended under it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/billing/billingrun.cpp" line="1176"/>
        <source>Reactivated: no overdue invoice is left.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/billing/billingrun.cpp" line="1179"/>
        <source>Subscription %1 is active again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/billing/billingsettings.cpp" line="39"/>
        <source>Setting %1 is &quot;%2&quot;; use a whole number of days from 0 to 365.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/billing/billingsettings.cpp" line="50"/>
        <source>Setting %1 is &quot;%2&quot;; use an http or https URL.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/billing/billingsettings.cpp" line="88"/>
        <source>Setting %1 is &quot;%2&quot;, which is not an email address. Use the merchant&apos;s email, such as accounts@example.co.zw, or an empty value.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/billing/billingsettings.cpp" line="97"/>
        <source>Unknown billing setting %1. Known settings: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/billing/billingsettings.cpp" line="119"/>
        <source>VAT rate &quot;%1&quot; is invalid: use a percentage from 0 to 100 with at most two decimals, such as 15 or 15.5.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/billing/billingsettings.cpp" line="143"/>
        <source>Setting %1 is %2 characters long; use at most %3, such as the company&apos;s registered name without its address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/billing/billingsettings.cpp" line="222"/>
        <source>Plan %1 costs %2 with VAT at %3 %, over the maximum invoice total of %4. Lower the price or the VAT rate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/billing/invoicepdf.cpp" line="263"/>
        <source>Writing a PDF needs a QGuiApplication for its fonts; this process has none.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/billing/invoicepdf.cpp" line="265"/>
        <source>Invoice drafts have no number yet; issue the invoice before exporting it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/billing/invoicepdf.cpp" line="234"/>
        <location filename="../core/billing/invoicepdf.cpp" line="271"/>
        <source>Invoice %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/billing/invoicepdf.cpp" line="276"/>
        <source>Could not write the PDF file %1. Check that its folder exists and is writable.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/billing/invoicepdf.cpp" line="98"/>
        <source>(company name not set)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/billing/invoicepdf.cpp" line="96"/>
        <source>INVOICE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/billing/invoicepdf.cpp" line="107"/>
        <source>VAT number: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/billing/invoicepdf.cpp" line="116"/>
        <source>Number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/billing/invoicepdf.cpp" line="117"/>
        <source>Issued</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/billing/invoicepdf.cpp" line="118"/>
        <source>Due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/billing/invoicepdf.cpp" line="119"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/billing/invoicepdf.cpp" line="146"/>
        <source>Bill to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/billing/invoicepdf.cpp" line="149"/>
        <source>Period: %1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/billing/invoicepdf.cpp" line="172"/>
        <source>Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/billing/invoicepdf.cpp" line="66"/>
        <location filename="../core/billing/invoicepdf.cpp" line="172"/>
        <source>Qty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/billing/invoicepdf.cpp" line="67"/>
        <location filename="../core/billing/invoicepdf.cpp" line="172"/>
        <source>Unit price</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/billing/invoicepdf.cpp" line="68"/>
        <location filename="../core/billing/invoicepdf.cpp" line="172"/>
        <source>Amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/billing/invoicepdf.cpp" line="53"/>
        <source>Subtotal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/billing/invoicepdf.cpp" line="54"/>
        <source>VAT %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/billing/invoicepdf.cpp" line="55"/>
        <source>Total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/billing/invoicepdf.cpp" line="220"/>
        <source>This invoice is void: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/billing/invoicepdf.cpp" line="222"/>
        <source>Pay online with Paynow (web checkout, EcoCash or OneMoney), quoting %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/billing/invoicepdf.cpp" line="235"/>
        <source>Page %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/billing/invoicepdf.cpp" line="285"/>
        <source>Could not write the PDF file %1. %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/billing/invoicepdf.cpp" line="287"/>
        <source>Could not finish the PDF file %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/billing/invoicepdf.cpp" line="289"/>
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
        <location filename="../core/billing/billingservice.cpp" line="95"/>
        <source>The billing run needs the job runner, which this session has not set up.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/billing/billingservice.cpp" line="115"/>
        <source>Reactivate subscription %1 after a payment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/billing/billingservice.cpp" line="133"/>
        <source>The Paynow integration id and key are both required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/billing/billingservice.cpp" line="153"/>
        <source>This Paynow integration id is already stored for %1. Paynow issues a separate integration for each currency: store the id and key of the %2 integration from the Paynow dashboard.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/billing/billingservice.cpp" line="185"/>
        <source>Could not read the Paynow integration id for %1 from the keychain: %2 If it was never stored, store it with &apos;saasodoo payment set-integration --currency %1&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/billing/billingservice.cpp" line="193"/>
        <source>Could not read the Paynow integration key for %1 from the keychain: %2 If it was never stored, store it with &apos;saasodoo payment set-integration --currency %1&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/billing/billingservice.cpp" line="215"/>
        <source>The Paynow return and result URLs are not set. Set paynow_return_url and paynow_result_url in the billing settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/billing/billingservice.cpp" line="230"/>
        <source>Choose EcoCash or OneMoney for a mobile payment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/billing/billingservice.cpp" line="241"/>
        <source>Invoice %1 is %2; only an open invoice can be paid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/billing/billingservice.cpp" line="261"/>
        <source>The payer&apos;s email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/billing/billingservice.cpp" line="358"/>
        <source>Payment %1 has no poll URL, because the request that created it did not finish: it was interrupted or is still running. It is unknown whether Paynow accepted it. Look up merchant reference %1 in the Paynow dashboard, then cancel it with &apos;saasodoo payment cancel %1&apos; before you request a new payment. If the customer pays it anyway, Paynow&apos;s status update to the result URL still applies it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/billing/billingservice.cpp" line="376"/>
        <source>Payment %1 has no poll URL, because its request failed (%2), so there is nothing to poll. If Paynow registered it anyway, its status update to the result URL is still applied.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/billing/billingservice.cpp" line="100"/>
        <source>The billing run cannot run for %1, which is after today (%2, UTC), because it would issue invoices early and suspend customers whose invoices are not overdue yet. Preview that day instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/billing/billingservice.cpp" line="277"/>
        <source>Invoice %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/billing/billingservice.cpp" line="341"/>
        <location filename="../ui/subscriptionspane.cpp" line="917"/>
        <source>Cancelled by an admin.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/billing/billingservice.cpp" line="458"/>
        <source>The Paynow status update is not a form: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/billing/billingservice.cpp" line="461"/>
        <source>The Paynow status update has no reference.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/billing/billingservice.cpp" line="467"/>
        <location filename="../core/billing/billingservice.cpp" line="506"/>
        <source>Paynow sent a status for payment %1, which the catalog does not have; it was ignored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/billing/billingservice.cpp" line="479"/>
        <source>%1 The update is not applied yet, and Paynow will send it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/billing/billingservice.cpp" line="513"/>
        <source>Paynow reported amount %1 for payment %2 of %3; the update was rejected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/billing/billingservice.cpp" line="520"/>
        <source>Paynow reported Paynow reference %1 for payment %2, which has %3; the update was rejected.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>saasodoo::billing::CustomerBillingLock</name>
    <message>
        <location filename="../core/billing/customerlock.cpp" line="82"/>
        <source>Another billing job is suspending or resuming the instances of %1; waiting for it to finish.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/billing/customerlock.cpp" line="88"/>
        <source>Cancelled while waiting for another billing job of %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/billing/customerlock.cpp" line="90"/>
        <source>Another billing job has been suspending or resuming the instances of %1 for more than %2 seconds; try again when it has finished (see the Jobs pane or &apos;saasodoo job list&apos;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/billing/customerlock.cpp" line="109"/>
        <source>Could not create the dunning lock file %1 of customer %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/billing/customerlock.cpp" line="117"/>
        <source>Could not take the dunning lock of customer %1 in the catalog: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>saasodoo::billing::PaymentFollower</name>
    <message>
        <location filename="../core/billing/paymentfollower.cpp" line="51"/>
        <source>Payment %1 is %2; only a pending payment can be followed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/billing/paymentfollower.cpp" line="56"/>
        <source>Payment %1 has no Paynow poll URL, so its status cannot be checked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/billing/paymentfollower.cpp" line="81"/>
        <source>The Paynow integration for %1 is not set up: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/billing/paymentfollower.cpp" line="91"/>
        <source>The Paynow integration key for %1 is not set up: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/billing/paymentfollower.cpp" line="145"/>
        <source>Checking payment %1 with Paynow was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>saasodoo::billing::PaynowResultListener</name>
    <message>
        <location filename="../core/billing/paynowlistener.cpp" line="36"/>
        <source>The address to receive Paynow status updates on is invalid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/billing/paynowlistener.cpp" line="38"/>
        <source>Could not listen for Paynow status updates on %1 port %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/billing/paynowlistener.cpp" line="87"/>
        <source>the request header is over 16 KiB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/billing/paynowlistener.cpp" line="93"/>
        <source>the request line is not HTTP/1.x</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/billing/paynowlistener.cpp" line="98"/>
        <source>method %1 instead of POST</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/billing/paynowlistener.cpp" line="114"/>
        <source>a chunked body instead of Content-Length</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/billing/paynowlistener.cpp" line="119"/>
        <source>no valid Content-Length</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/billing/paynowlistener.cpp" line="123"/>
        <source>a body of %1 bytes, over the 64 KiB limit</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>saasodoo::catalog</name>
    <message>
        <location filename="../core/catalog/catalog.cpp" line="38"/>
        <source>Could not switch the catalog to WAL mode: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/catalog/catalog.cpp" line="47"/>
        <source>Could not configure the catalog: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/catalog/catalogoperations.cpp" line="49"/>
        <source>Job kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/catalog/catalogoperations.cpp" line="51"/>
        <source>Job target type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/catalog/catalogoperations.cpp" line="54"/>
        <source>Job progress %1 is invalid: use a percentage from 0 to 100.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/catalog/migrations.cpp" line="605"/>
        <source>Could not upgrade the catalog schema (%1): %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/catalog/migrations.cpp" line="618"/>
        <source>The catalog has schema version %1, but this program (SaaSOdoo %2) supports at most version %3. Upgrade the program; the catalog was not changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/catalog/migrations.cpp" line="641"/>
        <source>version %1, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/catalog/migrations.cpp" line="633"/>
        <location filename="../core/catalog/migrations.cpp" line="738"/>
        <source>Could not read the catalog schema version: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/catalog/migrations.cpp" line="755"/>
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
        <location filename="../core/catalog/validation.cpp" line="104"/>
        <location filename="../core/catalog/validation.cpp" line="165"/>
        <location filename="../core/catalog/validation.cpp" line="178"/>
        <location filename="../core/catalog/validation.cpp" line="343"/>
        <location filename="../core/catalog/validation.cpp" line="368"/>
        <location filename="../core/catalog/validation.cpp" line="384"/>
        <location filename="../core/catalog/validation.cpp" line="444"/>
        <source>%1 is missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/catalog/validation.cpp" line="43"/>
        <source>use 1 to 63 lower-case letters, digits and &apos;-&apos;, starting and ending with a letter or digit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/catalog/validation.cpp" line="111"/>
        <source>expected an address such as name@example.co.zw.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/catalog/validation.cpp" line="123"/>
        <source>Phone number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/catalog/validation.cpp" line="124"/>
        <source>use a Zimbabwe mobile number (07XXXXXXXX, 2637XXXXXXXX or +2637XXXXXXXX) or an international number starting with &apos;+&apos; and the country code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/catalog/validation.cpp" line="148"/>
        <source>Country</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/catalog/validation.cpp" line="148"/>
        <source>use a two-letter ISO 3166-1 code such as ZW.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/catalog/validation.cpp" line="154"/>
        <source>Tenant slug</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/catalog/validation.cpp" line="159"/>
        <source>Subdomain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/catalog/validation.cpp" line="169"/>
        <source>use a lower-case domain name of at least two labels, such as apps.example.co.zw.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/catalog/validation.cpp" line="176"/>
        <source>Database name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/catalog/validation.cpp" line="183"/>
        <source>use at least two letters, digits, &apos;_&apos;, &apos;.&apos; or &apos;-&apos;, starting with a letter or digit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/catalog/validation.cpp" line="186"/>
        <source>use at most 63 bytes, the PostgreSQL limit for names.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/catalog/validation.cpp" line="190"/>
        <source>postgres, template0 and template1 belong to PostgreSQL.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/catalog/validation.cpp" line="196"/>
        <source>Environment variable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/catalog/validation.cpp" line="199"/>
        <source>a name consists of letters, digits and &apos;_&apos; and does not start with a digit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/catalog/validation.cpp" line="203"/>
        <source>%1 are set by the provisioner and cannot be overridden.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/catalog/validation.cpp" line="211"/>
        <source>the container keeps %1 as the Odoo image sets them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/catalog/validation.cpp" line="240"/>
        <source>a module name consists of letters, digits and &apos;_&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/catalog/validation.cpp" line="242"/>
        <source>the module is listed twice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/catalog/validation.cpp" line="255"/>
        <source>use a size such as 512M, 2G or 1.5G (binary units: 1G = 1024M).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/catalog/validation.cpp" line="277"/>
        <source>the size is too large: the maximum is %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/catalog/validation.cpp" line="279"/>
        <source>the size is not a whole number of bytes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/catalog/validation.cpp" line="309"/>
        <source>the minimum is 6M.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/catalog/validation.cpp" line="316"/>
        <source>the minimum is 1M.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/catalog/validation.cpp" line="324"/>
        <source>use a positive number of cores such as 1 or 1.5.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/catalog/validation.cpp" line="326"/>
        <source>use at most three decimals.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/catalog/validation.cpp" line="333"/>
        <source>Odoo version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/catalog/validation.cpp" line="334"/>
        <source>supported versions are %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/catalog/validation.cpp" line="341"/>
        <source>Image tag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/catalog/validation.cpp" line="346"/>
        <source>a tag consists of letters, digits, &apos;_&apos;, &apos;.&apos; and &apos;-&apos; (at most 128).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/catalog/validation.cpp" line="348"/>
        <source>the tag must be %1 or start with %1-, such as %1-20260817.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/catalog/validation.cpp" line="351"/>
        <source>the dated suffix is not a valid date (YYYYMMDD).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/catalog/validation.cpp" line="366"/>
        <source>Image repository</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/catalog/validation.cpp" line="375"/>
        <source>use a Docker repository such as odoo or registry.example.com/team/odoo.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/catalog/validation.cpp" line="381"/>
        <source>Docker endpoint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/catalog/validation.cpp" line="382"/>
        <source>use unix:///path/to/docker.sock or tcp://host:port.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/catalog/validation.cpp" line="406"/>
        <source>%1 contains certificate or key material: give a file path or a keychain reference instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/catalog/validation.cpp" line="410"/>
        <source>use an absolute file path or keychain:&lt;key&gt;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/catalog/validation.cpp" line="417"/>
        <source>use a TCP port from 1 to 65535.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/catalog/validation.cpp" line="426"/>
        <source>Published port range</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/catalog/validation.cpp" line="427"/>
        <source>use two ports from 1024 to 65535, the first not above the second.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/catalog/validation.cpp" line="437"/>
        <source>SHA-256</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/catalog/validation.cpp" line="437"/>
        <source>use 64 lower-case hexadecimal digits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/catalog/validation.cpp" line="446"/>
        <source>expected a UUID such as 123e4567-e89b-12d3-a456-426614174000.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/catalog/validation.cpp" line="464"/>
        <source>Customer name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/catalog/validation.cpp" line="465"/>
        <source>Email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/catalog/validation.cpp" line="466"/>
        <source>Company</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/catalog/validation.cpp" line="477"/>
        <source>Customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/catalog/validation.cpp" line="478"/>
        <source>Tenant name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/catalog/validation.cpp" line="499"/>
        <source>Host name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/catalog/validation.cpp" line="501"/>
        <source>TLS CA certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/catalog/validation.cpp" line="502"/>
        <source>TLS client certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/catalog/validation.cpp" line="503"/>
        <source>TLS client key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/catalog/catalogsettings.cpp" line="71"/>
        <source>Could not write the settings file %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/catalog/catalogsettings.cpp" line="95"/>
        <source>Catalog file &quot;%1&quot; is a folder: give the path of an SQLite file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/catalog/catalogsettings.cpp" line="97"/>
        <source>Catalog file &quot;%1&quot; is a relative path: give an absolute path.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/catalog/catalogsettings.cpp" line="102"/>
        <source>Catalog file &quot;%1&quot; cannot be created: the folder %2 is not writable.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/catalog/catalogsettings.cpp" line="106"/>
        <location filename="../core/catalog/validation.cpp" line="504"/>
        <source>PostgreSQL host</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/catalog/catalogsettings.cpp" line="108"/>
        <location filename="../core/catalog/validation.cpp" line="505"/>
        <source>PostgreSQL port</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/catalog/catalogsettings.cpp" line="110"/>
        <source>Catalog database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/catalog/catalogsettings.cpp" line="112"/>
        <source>PostgreSQL user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/catalog/catalogsettings.cpp" line="115"/>
        <source>SSL mode &quot;%1&quot; is invalid: use one of %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/catalog/catalogsettings.cpp" line="136"/>
        <source>PostgreSQL %1 at %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/catalog/catalogsettings.cpp" line="142"/>
        <source>%1: connected; the catalog is empty and will be created on first start.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/catalog/catalogsettings.cpp" line="144"/>
        <source>%1 holds catalog schema version %2, newer than this program&apos;s %3: update the console.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/catalog/catalogsettings.cpp" line="149"/>
        <source>%1: connected, catalog schema version %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/catalog/validation.cpp" line="506"/>
        <source>PostgreSQL admin user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/catalog/validation.cpp" line="507"/>
        <source>Public base domain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/catalog/validation.cpp" line="510"/>
        <source>Host CPU cores</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/catalog/validation.cpp" line="511"/>
        <source>Host memory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/catalog/validation.cpp" line="359"/>
        <source>Docker network</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/catalog/validation.cpp" line="360"/>
        <source>use letters, digits, &apos;_&apos;, &apos;.&apos; and &apos;-&apos;, starting with a letter or digit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/catalog/validation.cpp" line="519"/>
        <source>TLS server name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/catalog/validation.cpp" line="519"/>
        <source>use a DNS name or an IP address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/catalog/validation.cpp" line="522"/>
        <source>TLS files were given for the local socket %1: TLS applies only to tcp:// endpoints.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/catalog/validation.cpp" line="524"/>
        <source>TLS client certificate and key must be given together.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/catalog/validation.cpp" line="526"/>
        <source>PostgreSQL password reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/catalog/validation.cpp" line="527"/>
        <source>use another host&apos;s PostgreSQL password entry, host/&lt;host id&gt;/pg-password, or leave it empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/catalog/validation.cpp" line="576"/>
        <source>Tenant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/catalog/validation.cpp" line="577"/>
        <source>Host</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/catalog/validation.cpp" line="533"/>
        <location filename="../core/catalog/validation.cpp" line="536"/>
        <source>Instance name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/catalog/validation.cpp" line="537"/>
        <source>a name must not start with &apos;-&apos;, because command lines would read it as an option.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/catalog/validation.cpp" line="558"/>
        <source>Instance name &quot;%1&quot; gives the database name &quot;%2&quot;, which is invalid: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/catalog/validation.cpp" line="563"/>
        <source>Instance name &quot;%1&quot; gives the subdomain &quot;%2&quot;, which is invalid: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/catalog/validation.cpp" line="585"/>
        <source>CPU limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/catalog/validation.cpp" line="586"/>
        <source>Memory limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/catalog/validation.cpp" line="587"/>
        <source>Storage limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/catalog/validation.cpp" line="588"/>
        <source>Admin email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/catalog/validation.cpp" line="590"/>
        <source>Custom addon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/catalog/validation.cpp" line="591"/>
        <source>Disabled module</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/catalog/validation.cpp" line="594"/>
        <source>Published port</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/catalog/validation.cpp" line="607"/>
        <source>A completed backup needs a local path or an S3 key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/catalog/validation.cpp" line="622"/>
        <source>use a number from 0 to 1000.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/catalog/validation.cpp" line="627"/>
        <source>Daily backups to keep</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/catalog/validation.cpp" line="628"/>
        <source>Weekly backups to keep</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/catalog/validation.cpp" line="629"/>
        <source>Monthly backups to keep</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/catalog/validation.cpp" line="631"/>
        <source>Backup interval</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/catalog/validation.cpp" line="631"/>
        <source>use hours from 0 (off) to 8784.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/catalog/validation.cpp" line="609"/>
        <location filename="../core/catalog/validation.cpp" line="626"/>
        <source>Instance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/catalog/validation.cpp" line="85"/>
        <source>%1 is too long: use at most %2 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/catalog/validation.cpp" line="93"/>
        <source>%1 contains the control character U+%2 at position %3: remove it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/catalog/validation.cpp" line="225"/>
        <source>Value of environment variable %1 is invalid: it contains the control character U+%2. Give a value on one line, without tabs or other control characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/catalog/validation.cpp" line="468"/>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/catalog/validation.cpp" line="595"/>
        <source>Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/catalog/validation.cpp" line="610"/>
        <source>Backup location</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/catalog/validation.cpp" line="610"/>
        <location filename="../core/catalog/validation.cpp" line="611"/>
        <source>use at most 1024 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/catalog/validation.cpp" line="611"/>
        <source>S3 key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/catalog/validation.cpp" line="614"/>
        <source>Backup size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/catalog/validation.cpp" line="614"/>
        <source>must not be negative.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/catalog/catalogbilling.cpp" line="56"/>
        <source>Plan name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/catalog/catalogbilling.cpp" line="59"/>
        <source>Plan %1 has a negative price; prices are zero or more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/catalog/catalogbilling.cpp" line="61"/>
        <source>Plan %1 has a price over the maximum of %2 per month.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/catalog/catalogbilling.cpp" line="66"/>
        <source>instances %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/catalog/catalogbilling.cpp" line="68"/>
        <source>CPU %1 cores</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/catalog/catalogbilling.cpp" line="70"/>
        <source>memory %1 bytes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/catalog/catalogbilling.cpp" line="72"/>
        <source>storage %1 bytes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/catalog/catalogbilling.cpp" line="74"/>
        <source>Plan %1 has a negative limit (%2); limits are zero or more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/catalog/catalogbilling.cpp" line="78"/>
        <source>Backup retention of %1 days is invalid: use 0 to 3650 days.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/catalog/catalogbilling.cpp" line="80"/>
        <source>A trial of %1 days is invalid: use 0 to 365 days.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/catalog/catalogbilling.cpp" line="128"/>
        <source>Customer id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/catalog/catalogbilling.cpp" line="130"/>
        <source>Plan id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/catalog/catalogbilling.cpp" line="136"/>
        <source>The subscription period %1 to %2 is invalid: it must end after it starts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/catalog/catalogbilling.cpp" line="141"/>
        <source>The subscription has no next invoice date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/catalog/catalogbilling.cpp" line="144"/>
        <source>The subscription date %1 is outside the billing window %2 to %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/catalog/catalogbilling.cpp" line="150"/>
        <source>Billing day %1 is invalid: use 1 to 31.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/catalog/catalogbilling.cpp" line="204"/>
        <source>%1 is over the maximum amount of %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/catalog/catalogbilling.cpp" line="207"/>
        <source>VAT rate %1 %% is invalid: use 0 to 100 %%.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/catalog/catalogbilling.cpp" line="211"/>
        <source>An invoice needs at least one line.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/catalog/catalogbilling.cpp" line="215"/>
        <source>Invoice line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/catalog/catalogbilling.cpp" line="218"/>
        <source>Invoice line &quot;%1&quot; has quantity %2; use 1 or more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/catalog/catalogbilling.cpp" line="222"/>
        <source>The amount of invoice line &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/catalog/catalogbilling.cpp" line="226"/>
        <source>The invoice subtotal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/catalog/catalogbilling.cpp" line="235"/>
        <source>The invoice total</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>saasodoo::catalog::Catalog</name>
    <message>
        <location filename="../core/catalog/catalog.cpp" line="161"/>
        <source>Catalog query failed (%1): %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/catalog/catalog.cpp" line="191"/>
        <source>Could not save the %1: a record it refers to does not exist (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/catalog/catalog.cpp" line="193"/>
        <source>Could not save the %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/catalog/catalog.cpp" line="206"/>
        <source>Could not read the %1 %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/catalog/catalog.cpp" line="208"/>
        <source>The %1 %2 does not exist; it may have been deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/catalog/catalog.cpp" line="213"/>
        <source>The %1 %2 was changed by %3 at %4 UTC after you loaded it. Reload it and apply your change again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/catalog/catalog.cpp" line="214"/>
        <source>another session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/catalog/catalog.cpp" line="222"/>
        <source>Could not start a catalog transaction: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/catalog/catalog.cpp" line="238"/>
        <source>Could not commit the catalog transaction: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/catalog/catalog.cpp" line="257"/>
        <source>audit event %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/catalog/catalog.cpp" line="271"/>
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
        <location filename="../core/catalog/catalogbilling.cpp" line="363"/>
        <location filename="../core/catalog/catalogbilling.cpp" line="408"/>
        <location filename="../core/catalog/catalogbilling.cpp" line="413"/>
        <location filename="../core/catalog/catalogbilling.cpp" line="428"/>
        <location filename="../core/catalog/catalogbilling.cpp" line="440"/>
        <source>plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/catalog/catalogbilling.cpp" line="365"/>
        <source>A plan named &quot;%1&quot; already exists (plan names are compared case-insensitively).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/catalog/catalogbilling.cpp" line="410"/>
        <source>A plan named &quot;%1&quot; already exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/catalog/catalogbilling.cpp" line="424"/>
        <source>Plan id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/catalog/catalogbilling.cpp" line="425"/>
        <location filename="../core/catalog/catalogbilling.cpp" line="431"/>
        <location filename="../core/catalog/catalogbilling.cpp" line="443"/>
        <source>Plan %1 was not found.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/catalog/catalogbilling.cpp" line="451"/>
        <source>plan list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/catalog/catalogbilling.cpp" line="478"/>
        <location filename="../core/catalog/catalogbilling.cpp" line="657"/>
        <source>subscription history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/catalog/catalogbilling.cpp" line="489"/>
        <source>A new subscription cannot start cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/catalog/catalogbilling.cpp" line="515"/>
        <location filename="../core/catalog/catalogbilling.cpp" line="553"/>
        <location filename="../core/catalog/catalogbilling.cpp" line="580"/>
        <location filename="../core/catalog/catalogbilling.cpp" line="585"/>
        <location filename="../core/catalog/catalogbilling.cpp" line="604"/>
        <location filename="../core/catalog/catalogbilling.cpp" line="620"/>
        <location filename="../core/catalog/catalogbilling.cpp" line="801"/>
        <location filename="../core/catalog/catalogbilling.cpp" line="804"/>
        <source>subscription</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/catalog/catalogbilling.cpp" line="517"/>
        <source>The customer already has a subscription that is not cancelled. Change that one, or cancel it first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/catalog/catalogbilling.cpp" line="556"/>
        <location filename="../core/catalog/catalogbilling.cpp" line="600"/>
        <location filename="../core/catalog/catalogbilling.cpp" line="607"/>
        <source>Subscription %1 was not found.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/catalog/catalogbilling.cpp" line="582"/>
        <source>The customer already has another subscription that is not cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/catalog/catalogbilling.cpp" line="599"/>
        <location filename="../core/catalog/catalogbilling.cpp" line="651"/>
        <location filename="../core/catalog/catalogbilling.cpp" line="821"/>
        <location filename="../core/catalog/catalogbilling.cpp" line="1079"/>
        <source>Subscription id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/catalog/catalogbilling.cpp" line="640"/>
        <source>subscription list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/catalog/catalogbilling.cpp" line="691"/>
        <location filename="../core/catalog/catalogbilling.cpp" line="696"/>
        <location filename="../core/catalog/catalogbilling.cpp" line="701"/>
        <source>invoice counter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/catalog/catalogbilling.cpp" line="704"/>
        <source>The invoice counter of %1 is missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/catalog/catalogbilling.cpp" line="713"/>
        <source>invoices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/catalog/catalogbilling.cpp" line="719"/>
        <source>An invoice dated %1 cannot be numbered: invoice %2 of %3 is dated %4, and invoice numbers follow issue dates. Issue it dated %4 or later, for example with a billing run for today.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/catalog/catalogbilling.cpp" line="732"/>
        <location filename="../core/catalog/catalogbilling.cpp" line="758"/>
        <source>invoice lines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/catalog/catalogbilling.cpp" line="746"/>
        <source>invoice line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/catalog/catalogbilling.cpp" line="787"/>
        <source>The invoice belongs to another subscription.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/catalog/catalogbilling.cpp" line="824"/>
        <source>The invoice period is invalid: it must end after it starts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/catalog/catalogbilling.cpp" line="826"/>
        <source>The invoice has no due date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/catalog/catalogbilling.cpp" line="832"/>
        <source>The invoice date %1 is outside the billing window %2 to %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/catalog/catalogbilling.cpp" line="888"/>
        <location filename="../core/catalog/catalogbilling.cpp" line="951"/>
        <location filename="../core/catalog/catalogbilling.cpp" line="953"/>
        <location filename="../core/catalog/catalogbilling.cpp" line="997"/>
        <location filename="../core/catalog/catalogbilling.cpp" line="1024"/>
        <location filename="../core/catalog/catalogbilling.cpp" line="1026"/>
        <location filename="../core/catalog/catalogbilling.cpp" line="1040"/>
        <location filename="../core/catalog/catalogbilling.cpp" line="1169"/>
        <location filename="../core/catalog/catalogbilling.cpp" line="1174"/>
        <location filename="../core/catalog/catalogbilling.cpp" line="1362"/>
        <location filename="../core/catalog/catalogbilling.cpp" line="1370"/>
        <location filename="../core/catalog/catalogbilling.cpp" line="1468"/>
        <location filename="../core/catalog/catalogbilling.cpp" line="1531"/>
        <location filename="../core/catalog/catalogbilling.cpp" line="1652"/>
        <source>invoice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/catalog/catalogbilling.cpp" line="890"/>
        <source>The subscription already has an invoice for the period starting %1; void it first to invoice the period again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/catalog/catalogbilling.cpp" line="916"/>
        <source>Invoice %1 is %2; only a draft can be issued.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/catalog/catalogbilling.cpp" line="921"/>
        <source>The issue date %1 is outside the billing window %2 to %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/catalog/catalogbilling.cpp" line="976"/>
        <source>Invoice %1 is %2 and cannot be voided.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/catalog/catalogbilling.cpp" line="980"/>
        <location filename="../core/catalog/catalogbilling.cpp" line="1260"/>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/catalog/catalogbilling.cpp" line="1008"/>
        <source>Invoice %1 has payment %2 pending at Paynow and cannot be voided, because the customer may still pay it. Check it with &apos;saasodoo payment poll %2&apos;, or cancel it with &apos;saasodoo payment cancel %2&apos; first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/catalog/catalogbilling.cpp" line="1043"/>
        <location filename="../core/catalog/catalogbilling.cpp" line="1057"/>
        <location filename="../core/catalog/catalogbilling.cpp" line="1177"/>
        <source>Invoice %1 was not found.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/catalog/catalogbilling.cpp" line="1056"/>
        <location filename="../core/catalog/catalogbilling.cpp" line="1116"/>
        <location filename="../core/catalog/catalogbilling.cpp" line="1147"/>
        <location filename="../core/catalog/catalogbilling.cpp" line="1731"/>
        <source>Invoice id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/catalog/catalogbilling.cpp" line="1096"/>
        <source>invoice list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/catalog/catalogbilling.cpp" line="1118"/>
        <source>Payment reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/catalog/catalogbilling.cpp" line="1121"/>
        <location filename="../core/catalog/catalogbilling.cpp" line="1150"/>
        <source>A payment amount must be more than zero.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/catalog/catalogbilling.cpp" line="1123"/>
        <location filename="../core/catalog/catalogbilling.cpp" line="1226"/>
        <source>Payment %1 has no poll URL.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/catalog/catalogbilling.cpp" line="1003"/>
        <location filename="../core/catalog/catalogbilling.cpp" line="1133"/>
        <location filename="../core/catalog/catalogbilling.cpp" line="1191"/>
        <location filename="../core/catalog/catalogbilling.cpp" line="1211"/>
        <location filename="../core/catalog/catalogbilling.cpp" line="1241"/>
        <location filename="../core/catalog/catalogbilling.cpp" line="1286"/>
        <location filename="../core/catalog/catalogbilling.cpp" line="1320"/>
        <location filename="../core/catalog/catalogbilling.cpp" line="1324"/>
        <location filename="../core/catalog/catalogbilling.cpp" line="1387"/>
        <location filename="../core/catalog/catalogbilling.cpp" line="1456"/>
        <location filename="../core/catalog/catalogbilling.cpp" line="1506"/>
        <location filename="../core/catalog/catalogbilling.cpp" line="1572"/>
        <location filename="../core/catalog/catalogbilling.cpp" line="1670"/>
        <location filename="../core/catalog/catalogbilling.cpp" line="1705"/>
        <source>payment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/catalog/catalogbilling.cpp" line="1135"/>
        <location filename="../core/catalog/catalogbilling.cpp" line="1213"/>
        <source>A payment with reference %1 already exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/catalog/catalogbilling.cpp" line="1183"/>
        <source>Invoice %1 is %2; only an open invoice can be paid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/catalog/catalogbilling.cpp" line="1200"/>
        <source>Invoice %1 already has payment %2 pending since %3 UTC. Check it with &apos;saasodoo payment poll %2&apos;, or cancel it with &apos;saasodoo payment cancel %2&apos; if the customer will not complete it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/catalog/catalogbilling.cpp" line="1245"/>
        <source>Payment %1 was changed by another session while Paynow was asked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/catalog/catalogbilling.cpp" line="1258"/>
        <source>A pending payment can only be closed as failed or cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/catalog/catalogbilling.cpp" line="1268"/>
        <source>Payment %1 is %2, not pending; only a pending payment can be cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/catalog/catalogbilling.cpp" line="1290"/>
        <source>Payment %1 was changed by another session after it was read. Check it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/catalog/catalogbilling.cpp" line="1327"/>
        <location filename="../core/catalog/catalogbilling.cpp" line="1708"/>
        <location filename="../core/catalog/catalogbilling.cpp" line="1716"/>
        <source>Payment %1 was not found.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/catalog/catalogbilling.cpp" line="1329"/>
        <source>Payment %1 was changed by another session after it was read. Poll it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/catalog/catalogbilling.cpp" line="1393"/>
        <location filename="../core/catalog/catalogbilling.cpp" line="1674"/>
        <source>Payment %1 was applied by another session meanwhile.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/catalog/catalogbilling.cpp" line="1444"/>
        <source>payments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/catalog/catalogbilling.cpp" line="1471"/>
        <source>Invoice %1 changed while a refund reopened it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/catalog/catalogbilling.cpp" line="1606"/>
        <source>Payment %1 is applied to an invoice already.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/catalog/catalogbilling.cpp" line="1609"/>
        <source>refunded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/catalog/catalogbilling.cpp" line="1612"/>
        <source>Payment %1 is %2, not money held to refund, so it cannot be applied to an invoice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/catalog/catalogbilling.cpp" line="1625"/>
        <source>Invoice %1 belongs to another customer than payment %2, so the payment cannot be applied to it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/catalog/catalogbilling.cpp" line="1629"/>
        <source>Invoice %1 is in %2 and payment %3 in %4, so the payment cannot be applied to it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/catalog/catalogbilling.cpp" line="1633"/>
        <source>Invoice %1 is %2; a payment can be applied only to an open invoice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/catalog/catalogbilling.cpp" line="1639"/>
        <source>Payment %1 is %2 and invoice %3 totals %4; a payment can be applied only to an invoice of the same amount. Refund it instead and record that with &apos;saasodoo payment mark-refunded %1&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/catalog/catalogbilling.cpp" line="1656"/>
        <source>Invoice %1 was changed by another session meanwhile. Check it and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/catalog/catalogbilling.cpp" line="1715"/>
        <source>Payment id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/catalog/catalogbilling.cpp" line="1739"/>
        <source>payment list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/catalog/catalogbilling.cpp" line="1753"/>
        <source>billing settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/catalog/catalogbilling.cpp" line="1764"/>
        <source>Setting name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/catalog/catalogbilling.cpp" line="1772"/>
        <source>billing setting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/catalog/catalogbilling.cpp" line="1783"/>
        <location filename="../core/catalog/catalogcustomers.cpp" line="148"/>
        <location filename="../core/catalog/catalogcustomers.cpp" line="156"/>
        <location filename="../core/catalog/catalogtenants.cpp" line="199"/>
        <source>Customer %1 was not found.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/catalog/catalogbilling.cpp" line="1801"/>
        <source>customer usage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/catalog/catalogbilling.cpp" line="1826"/>
        <location filename="../core/catalog/catalogbilling.cpp" line="1837"/>
        <location filename="../core/catalog/catalogbilling.cpp" line="1849"/>
        <location filename="../core/catalog/catalogbilling.cpp" line="1860"/>
        <source>dunning suspension</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/catalog/catalogbilling.cpp" line="1875"/>
        <source>dunning suspensions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/catalog/catalogbilling.cpp" line="614"/>
        <location filename="../core/catalog/catalogbilling.cpp" line="632"/>
        <location filename="../core/catalog/catalogbilling.cpp" line="819"/>
        <location filename="../core/catalog/catalogbilling.cpp" line="1073"/>
        <location filename="../core/catalog/catalogbilling.cpp" line="1782"/>
        <location filename="../core/catalog/catalogcustomers.cpp" line="155"/>
        <location filename="../core/catalog/catalogtenants.cpp" line="198"/>
        <source>Customer id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/catalog/catalogcustomers.cpp" line="188"/>
        <source>customer list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/catalog/cataloghosts.cpp" line="119"/>
        <location filename="../core/catalog/cataloghosts.cpp" line="178"/>
        <location filename="../core/catalog/cataloghosts.cpp" line="183"/>
        <location filename="../core/catalog/cataloghosts.cpp" line="214"/>
        <location filename="../core/catalog/cataloghosts.cpp" line="231"/>
        <location filename="../core/catalog/cataloghosts.cpp" line="301"/>
        <source>host</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/catalog/cataloghosts.cpp" line="121"/>
        <location filename="../core/catalog/cataloghosts.cpp" line="180"/>
        <source>Host name &quot;%1&quot; is already used by another host.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/catalog/cataloghosts.cpp" line="147"/>
        <source>host lookup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/catalog/cataloghosts.cpp" line="160"/>
        <source>The PostgreSQL server of host %1 cannot change while it has instances that are not deleted: %2. Their databases and roles stay on %3:%4. Delete the instances first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/catalog/cataloghosts.cpp" line="197"/>
        <source>subdomain check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/catalog/cataloghosts.cpp" line="201"/>
        <source>Subdomain &quot;%1&quot; of an instance on host %2 is already used under %3 by instance %4 on host %5. Subdomains are unique per base domain, across hosts. Change one of the subdomains first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/catalog/cataloghosts.cpp" line="216"/>
        <source>PostgreSQL server %1 already holds a database with the name of one of this host&apos;s instances; rename it before moving the host there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/catalog/cataloghosts.cpp" line="234"/>
        <location filename="../core/catalog/cataloghosts.cpp" line="242"/>
        <source>Host %1 was not found.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/catalog/cataloghosts.cpp" line="241"/>
        <source>Host id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/catalog/cataloghosts.cpp" line="257"/>
        <source>host list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/catalog/cataloghosts.cpp" line="284"/>
        <source>Host %1 still has instances that are not deleted: %2. Delete them first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/catalog/cataloghosts.cpp" line="304"/>
        <source>Host %1 was already removed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/catalog/cataloginstances.cpp" line="230"/>
        <location filename="../core/catalog/cataloginstances.cpp" line="282"/>
        <location filename="../core/catalog/cataloginstances.cpp" line="292"/>
        <location filename="../core/catalog/cataloginstances.cpp" line="316"/>
        <location filename="../core/catalog/cataloginstances.cpp" line="318"/>
        <location filename="../core/catalog/cataloginstances.cpp" line="334"/>
        <source>instance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/catalog/cataloginstances.cpp" line="235"/>
        <location filename="../core/catalog/cataloginstances.cpp" line="287"/>
        <source>Subdomain &quot;%1&quot; is already used on host %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/catalog/cataloginstances.cpp" line="237"/>
        <location filename="../core/catalog/cataloginstances.cpp" line="289"/>
        <source>Port %1 is already published on host %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/catalog/catalogbackups.cpp" line="164"/>
        <location filename="../core/catalog/catalogbackups.cpp" line="233"/>
        <location filename="../core/catalog/catalogbilling.cpp" line="1794"/>
        <location filename="../core/catalog/cataloginstances.cpp" line="330"/>
        <source>Instance id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/catalog/cataloginstances.cpp" line="331"/>
        <location filename="../core/catalog/cataloginstances.cpp" line="337"/>
        <source>Instance %1 was not found.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/catalog/cataloginstances.cpp" line="388"/>
        <location filename="../core/catalog/cataloginstances.cpp" line="440"/>
        <source>Filter id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/catalog/cataloghosts.cpp" line="153"/>
        <location filename="../core/catalog/cataloghosts.cpp" line="277"/>
        <location filename="../core/catalog/cataloginstances.cpp" line="405"/>
        <location filename="../core/catalog/catalogtenants.cpp" line="109"/>
        <source>instance list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/catalog/cataloginstances.cpp" line="450"/>
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
        <location filename="../core/catalog/catalogbackups.cpp" line="270"/>
        <location filename="../core/catalog/catalogbackups.cpp" line="284"/>
        <source>backup policy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/catalog/catalogoperations.cpp" line="68"/>
        <location filename="../core/catalog/catalogoperations.cpp" line="146"/>
        <location filename="../core/catalog/catalogoperations.cpp" line="186"/>
        <location filename="../core/catalog/catalogoperations.cpp" line="222"/>
        <source>Job id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/catalog/catalogoperations.cpp" line="91"/>
        <location filename="../core/catalog/catalogoperations.cpp" line="109"/>
        <location filename="../core/catalog/catalogoperations.cpp" line="131"/>
        <location filename="../core/catalog/catalogoperations.cpp" line="153"/>
        <location filename="../core/catalog/catalogoperations.cpp" line="190"/>
        <source>job</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/catalog/catalogoperations.cpp" line="112"/>
        <location filename="../core/catalog/catalogoperations.cpp" line="147"/>
        <location filename="../core/catalog/catalogoperations.cpp" line="155"/>
        <location filename="../core/catalog/catalogoperations.cpp" line="187"/>
        <location filename="../core/catalog/catalogoperations.cpp" line="193"/>
        <source>Job %1 was not found.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/catalog/catalogoperations.cpp" line="166"/>
        <source>Log level &quot;%1&quot; is invalid: use info, warning or error.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/catalog/catalogoperations.cpp" line="178"/>
        <source>job log line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/catalog/catalogoperations.cpp" line="207"/>
        <source>jobs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/catalog/catalogoperations.cpp" line="227"/>
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
        <location filename="../core/catalog/catalogtenants.cpp" line="100"/>
        <location filename="../core/catalog/catalogtenants.cpp" line="150"/>
        <location filename="../core/catalog/catalogtenants.cpp" line="156"/>
        <location filename="../core/catalog/catalogtenants.cpp" line="174"/>
        <source>tenant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/catalog/catalogtenants.cpp" line="68"/>
        <location filename="../core/catalog/catalogtenants.cpp" line="152"/>
        <source>Tenant slug &quot;%1&quot; is already taken: slugs are unique because they name subdomains.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/catalog/catalogtenants.cpp" line="86"/>
        <location filename="../core/catalog/catalogtenants.cpp" line="177"/>
        <location filename="../core/catalog/catalogtenants.cpp" line="185"/>
        <source>Tenant %1 was not found.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/catalog/catalogtenants.cpp" line="85"/>
        <location filename="../core/catalog/catalogtenants.cpp" line="184"/>
        <source>Tenant id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/catalog/catalogtenants.cpp" line="121"/>
        <source>The slug of tenant %1 cannot change while instances use it (%2): their subdomains and databases were named from it. Keep the slug &quot;%3&quot;, or delete those instances first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/catalog/catalogtenants.cpp" line="127"/>
        <source>Tenant %1 cannot move to another customer because it has instances (%2), deleted ones included: their backups, usage and invoices belong to the current customer. Create a new tenant for the other customer instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/catalog/catalogtenants.cpp" line="135"/>
        <source>Customer %1 was not found: choose an existing customer for the tenant.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/catalog/catalogtenants.cpp" line="211"/>
        <source>tenant list</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>saasodoo::cli</name>
    <message>
        <location filename="../app/cli/catalogcommands.cpp" line="136"/>
        <source>Unique host name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/backupcommands.cpp" line="587"/>
        <location filename="../app/cli/backupcommands.cpp" line="595"/>
        <location filename="../app/cli/backupcommands.cpp" line="598"/>
        <location filename="../app/cli/backupcommands.cpp" line="602"/>
        <location filename="../app/cli/billingcommands.cpp" line="436"/>
        <location filename="../app/cli/billingcommands.cpp" line="446"/>
        <location filename="../app/cli/catalogcommands.cpp" line="136"/>
        <location filename="../app/cli/catalogcommands.cpp" line="141"/>
        <location filename="../app/cli/catalogcommands.cpp" line="159"/>
        <location filename="../app/cli/catalogcommands.cpp" line="400"/>
        <location filename="../app/cli/catalogcommands.cpp" line="403"/>
        <location filename="../app/cli/catalogcommands.cpp" line="523"/>
        <location filename="../app/cli/catalogcommands.cpp" line="558"/>
        <location filename="../app/cli/instancecommands.cpp" line="439"/>
        <location filename="../app/cli/instancecommands.cpp" line="440"/>
        <location filename="../app/cli/instancecommands.cpp" line="449"/>
        <location filename="../app/cli/instancecommands.cpp" line="626"/>
        <source>name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/catalogcommands.cpp" line="137"/>
        <source>Docker endpoint: unix:///path/to/docker.sock or tcp://host:port.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/catalogcommands.cpp" line="137"/>
        <source>url</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/catalogcommands.cpp" line="138"/>
        <source>CA certificate file or keychain:&lt;key&gt; for a tcp:// endpoint.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/catalogcommands.cpp" line="138"/>
        <location filename="../app/cli/catalogcommands.cpp" line="139"/>
        <location filename="../app/cli/catalogcommands.cpp" line="140"/>
        <source>path</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/catalogcommands.cpp" line="139"/>
        <source>Client certificate file or keychain:&lt;key&gt;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/catalogcommands.cpp" line="140"/>
        <source>Client key file or keychain:&lt;key&gt;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/catalogcommands.cpp" line="141"/>
        <source>Name the engine&apos;s certificate must cover, when not the dialled address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/catalogcommands.cpp" line="142"/>
        <source>PostgreSQL server for instance databases, as the console reaches it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/catalogcommands.cpp" line="142"/>
        <location filename="../app/cli/catalogcommands.cpp" line="145"/>
        <source>host</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/catalogcommands.cpp" line="143"/>
        <source>PostgreSQL port (default 5432).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/billingcommands.cpp" line="1513"/>
        <location filename="../app/cli/catalogcommands.cpp" line="143"/>
        <source>port</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/catalogcommands.cpp" line="116"/>
        <source>Docker endpoint %1 is on another machine but has no mutual TLS: give --tls-ca, --tls-cert and --tls-key, so that the console verifies the engine and the engine verifies the console.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/catalogcommands.cpp" line="128"/>
        <source>Host %1 was removed on %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/catalogcommands.cpp" line="136"/>
        <source>New unique host name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/catalogcommands.cpp" line="144"/>
        <source>PostgreSQL admin role that creates instance databases.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/catalogcommands.cpp" line="144"/>
        <source>role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/catalogcommands.cpp" line="145"/>
        <source>PostgreSQL address as the host&apos;s containers reach it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/catalogcommands.cpp" line="146"/>
        <source>Keychain reference of the PostgreSQL admin password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/catalogcommands.cpp" line="146"/>
        <source>key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/catalogcommands.cpp" line="147"/>
        <source>Public base domain; instances get &lt;subdomain&gt;.&lt;domain&gt;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/catalogcommands.cpp" line="147"/>
        <source>domain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/catalogcommands.cpp" line="148"/>
        <source>Odoo image repository (default odoo).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/catalogcommands.cpp" line="148"/>
        <source>repository</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/catalogcommands.cpp" line="149"/>
        <source>Published port range such as 20000-20999.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/catalogcommands.cpp" line="149"/>
        <source>first-last</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/catalogcommands.cpp" line="150"/>
        <source>CPU capacity in cores, such as 8 or 7.5.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/catalogcommands.cpp" line="153"/>
        <source>Allow (yes) or forbid (no) the PostgreSQL superuser for this host&apos;s instances.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/catalogcommands.cpp" line="274"/>
        <source>warning: the Docker engine of host %1 did not respond: %2 Check it with &apos;saasodoo host check %1&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/catalogcommands.cpp" line="283"/>
        <source>Changes the given fields of a host; the others keep their values.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/catalogcommands.cpp" line="285"/>
        <source>active, maintenance (takes no new instances) or retired.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/catalogcommands.cpp" line="287"/>
        <location filename="../app/cli/catalogcommands.cpp" line="344"/>
        <source>The host&apos;s name or id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/catalogcommands.cpp" line="303"/>
        <source>Status &quot;%1&quot; is invalid: use active, maintenance or retired.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/catalogcommands.cpp" line="312"/>
        <source>Nothing to change: host %1 already has these values.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/catalogcommands.cpp" line="332"/>
        <source>Host %1 changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/catalogcommands.cpp" line="340"/>
        <source>Removes a host from the console. Refused while it has instances that are not deleted; the records of its deleted instances keep referring to it. The keychain entries of the host stay: remove them with your keychain&apos;s tools when no other host refers to them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/catalogcommands.cpp" line="343"/>
        <source>Confirm the removal.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/catalogcommands.cpp" line="354"/>
        <source>Removing host %1 takes it out of the console; its engine and PostgreSQL server are not touched. Add --yes to confirm.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/catalogcommands.cpp" line="363"/>
        <source>Host %1 removed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/catalogcommands.cpp" line="705"/>
        <source>--since &quot;%1&quot; is invalid: give a date (2026-03-01), a UTC time (2026-03-01T08:00:00) or a span back from now (12h, 7d).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/catalogcommands.cpp" line="729"/>
        <source>%1 instances are named %2. Give one of their ids: %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/catalogcommands.cpp" line="753"/>
        <source>Lists audit events, newest first: every change an admin, a job or the billing run made.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/catalogcommands.cpp" line="755"/>
        <source>Only events at or after this date, UTC time or span back from now (12h, 7d).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/catalogcommands.cpp" line="756"/>
        <source>when</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/catalogcommands.cpp" line="758"/>
        <source>Only this action, such as payment.apply, or every action of a kind, such as payment. Repeat it or separate with commas for several.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/catalogcommands.cpp" line="760"/>
        <source>kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/catalogcommands.cpp" line="762"/>
        <source>Only events of this customer (id or email) and of its tenants, instances, subscriptions, invoices, payments and their jobs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/catalogcommands.cpp" line="765"/>
        <source>Only events of this instance (id or name) and its jobs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/catalogcommands.cpp" line="766"/>
        <source>At most this many events, 1 to %1 (default 100).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/catalogcommands.cpp" line="777"/>
        <source>--limit &quot;%1&quot; is invalid: give a whole number from 1 to %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/catalogcommands.cpp" line="808"/>
        <source>Note: more events match, so only the newest %1 are shown. Narrow the filters or raise --limit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/catalogcommands.cpp" line="813"/>
        <source>Note: only the newest %1 events of a target or of the log were searched. Give --customer or --instance to reach older ones.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/catalogcommands.cpp" line="831"/>
        <source>TIME (UTC)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/catalogcommands.cpp" line="831"/>
        <source>ACTION</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/catalogcommands.cpp" line="831"/>
        <source>TARGET</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/catalogcommands.cpp" line="831"/>
        <source>ACTOR</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/catalogcommands.cpp" line="831"/>
        <source>DETAILS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/backupcommands.cpp" line="610"/>
        <location filename="../app/cli/billingcommands.cpp" line="451"/>
        <location filename="../app/cli/catalogcommands.cpp" line="150"/>
        <location filename="../app/cli/instancecommands.cpp" line="444"/>
        <location filename="../app/cli/instancecommands.cpp" line="834"/>
        <source>cores</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/catalogcommands.cpp" line="151"/>
        <source>Memory capacity such as 32G (binary units).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/backupcommands.cpp" line="613"/>
        <location filename="../app/cli/billingcommands.cpp" line="452"/>
        <location filename="../app/cli/billingcommands.cpp" line="453"/>
        <location filename="../app/cli/catalogcommands.cpp" line="151"/>
        <location filename="../app/cli/instancecommands.cpp" line="445"/>
        <location filename="../app/cli/instancecommands.cpp" line="446"/>
        <location filename="../app/cli/instancecommands.cpp" line="835"/>
        <source>size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/catalogcommands.cpp" line="154"/>
        <source>Allow instances on this host to use the PostgreSQL superuser.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/catalogcommands.cpp" line="155"/>
        <source>yes|no</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/catalogcommands.cpp" line="157"/>
        <source>Docker network its instances join, created when missing (default: $SAASODOO_DOCKER_NETWORK, else saasodoo).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/catalogcommands.cpp" line="193"/>
        <source>--superuser-override &quot;%1&quot; is invalid: use yes or no.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/catalogcommands.cpp" line="200"/>
        <source>PostgreSQL port &quot;%1&quot; is invalid: use a number from 1 to 65535.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/catalogcommands.cpp" line="205"/>
        <source>Host CPU cores &quot;%1&quot; is invalid: use a number such as 8 or 7.5.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/catalogcommands.cpp" line="208"/>
        <source>Host memory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/catalogcommands.cpp" line="222"/>
        <source>Published port range &quot;%1&quot; is invalid: use first-last, such as 20000-20999.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/catalogcommands.cpp" line="270"/>
        <source>Host %1 added (id %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/billingcommands.cpp" line="535"/>
        <location filename="../app/cli/catalogcommands.cpp" line="390"/>
        <location filename="../app/cli/catalogcommands.cpp" line="460"/>
        <location filename="../app/cli/catalogcommands.cpp" line="637"/>
        <location filename="../app/cli/instancecommands.cpp" line="719"/>
        <source>NAME</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/catalogcommands.cpp" line="390"/>
        <source>DOCKER</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/catalogcommands.cpp" line="390"/>
        <source>POSTGRESQL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/catalogcommands.cpp" line="390"/>
        <source>DOMAIN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/catalogcommands.cpp" line="390"/>
        <source>IMAGE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/billingcommands.cpp" line="76"/>
        <source>--%1 &quot;%2&quot; is not an amount: write it with at most two decimals, such as 25.00.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/billingcommands.cpp" line="79"/>
        <source>--%1 &quot;%2&quot; is over the maximum amount of %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/billingcommands.cpp" line="94"/>
        <source>--%1 &quot;%2&quot; is not a date: write it as YYYY-MM-DD.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/billingcommands.cpp" line="96"/>
        <source>--%1 %2 is outside the billing window %3 to %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/billingcommands.cpp" line="209"/>
        <source>The invoice was already paid by another payment: this one is an overpayment of %1 to refund to the customer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/billingcommands.cpp" line="213"/>
        <source>The invoice is void: this payment of %1 is not counted and is to be refunded to the customer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/billingcommands.cpp" line="227"/>
        <source>Paynow refunded this payment. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/billingcommands.cpp" line="253"/>
        <source>Its request failed, so there is no poll URL, but Paynow&apos;s status update to the result URL reached it; this is the stored status.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/billingcommands.cpp" line="259"/>
        <source>It paid invoice %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/billingcommands.cpp" line="263"/>
        <source>It paid no invoice and is held as money to refund: see &apos;saasodoo payment show %1&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/billingcommands.cpp" line="267"/>
        <source>It was refunded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/billingcommands.cpp" line="434"/>
        <source>Docker network of the instances that are suspended or resumed (default: $SAASODOO_DOCKER_NETWORK, else saasodoo).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/billingcommands.cpp" line="444"/>
        <source>Creates a billing plan with its monthly prices and limits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/billingcommands.cpp" line="446"/>
        <source>Plan name, unique.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/billingcommands.cpp" line="447"/>
        <source>Monthly price in USD, such as 25.00.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/billingcommands.cpp" line="447"/>
        <location filename="../app/cli/billingcommands.cpp" line="449"/>
        <source>amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/billingcommands.cpp" line="448"/>
        <source>Monthly price in ZWG, such as 650.00 (default 0: not sold in ZWG).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/billingcommands.cpp" line="450"/>
        <source>Maximum number of instances.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/billingcommands.cpp" line="451"/>
        <source>Total CPU cores of all instances, such as 2 or 1.5.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/billingcommands.cpp" line="452"/>
        <source>Total memory of all instances, such as 4G.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/billingcommands.cpp" line="453"/>
        <source>Total storage of all instances, such as 50G.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/billingcommands.cpp" line="455"/>
        <source>Backup retention in days (default 30). An instance of a subscriber without its own retention policy (&apos;saasodoo backup policy&apos;) keeps min(7, days) daily, min(4, days / 7) weekly and min(3, days / 31) monthly backups. 0 keeps the default of 7 daily, 4 weekly and 3 monthly.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/billingcommands.cpp" line="458"/>
        <location filename="../app/cli/billingcommands.cpp" line="459"/>
        <location filename="../app/cli/billingcommands.cpp" line="584"/>
        <source>days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/billingcommands.cpp" line="459"/>
        <source>Days of free trial for new subscriptions (default 0).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/billingcommands.cpp" line="473"/>
        <source>Plan memory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/billingcommands.cpp" line="474"/>
        <source>Plan storage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/billingcommands.cpp" line="489"/>
        <source>--cpu &quot;%1&quot; is not a number of cores, such as 2 or 1.5.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/billingcommands.cpp" line="491"/>
        <source>--instances, --backup-days and --trial-days take whole numbers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/billingcommands.cpp" line="506"/>
        <source>Created plan %1 (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/billingcommands.cpp" line="513"/>
        <source>Lists the billing plans.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/billingcommands.cpp" line="535"/>
        <location filename="../app/cli/catalogcommands.cpp" line="390"/>
        <location filename="../app/cli/instancecommands.cpp" line="782"/>
        <source>CPU</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/billingcommands.cpp" line="535"/>
        <location filename="../app/cli/catalogcommands.cpp" line="390"/>
        <source>MEMORY</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/billingcommands.cpp" line="535"/>
        <source>USD</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/billingcommands.cpp" line="535"/>
        <source>ZWG</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/billingcommands.cpp" line="535"/>
        <source>STORAGE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/billingcommands.cpp" line="536"/>
        <source>TRIAL DAYS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/billingcommands.cpp" line="544"/>
        <source>Shows one plan, by name or id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/billingcommands.cpp" line="545"/>
        <location filename="../app/cli/billingcommands.cpp" line="576"/>
        <source>Plan name or id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/billingcommands.cpp" line="558"/>
        <source>Price</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/billingcommands.cpp" line="561"/>
        <source>CPU cores</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/billingcommands.cpp" line="562"/>
        <source>Storage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/billingcommands.cpp" line="564"/>
        <source>%1 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/billingcommands.cpp" line="564"/>
        <source>Trial</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/billingcommands.cpp" line="564"/>
        <source>Active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/billingcommands.cpp" line="564"/>
        <location filename="../app/cli/instancecommands.cpp" line="793"/>
        <source>yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/billingcommands.cpp" line="564"/>
        <location filename="../app/cli/instancecommands.cpp" line="793"/>
        <source>no</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/billingcommands.cpp" line="573"/>
        <source>Subscribes a customer to a plan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/billingcommands.cpp" line="575"/>
        <source>Customer email or id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/billingcommands.cpp" line="576"/>
        <source>plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/billingcommands.cpp" line="577"/>
        <source>USD or ZWG (default USD).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/billingcommands.cpp" line="577"/>
        <location filename="../app/cli/billingcommands.cpp" line="1639"/>
        <source>currency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/billingcommands.cpp" line="578"/>
        <source>First day, YYYY-MM-DD (default today, UTC).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/billingcommands.cpp" line="578"/>
        <location filename="../app/cli/billingcommands.cpp" line="1138"/>
        <location filename="../app/cli/billingcommands.cpp" line="1751"/>
        <source>date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/billingcommands.cpp" line="579"/>
        <source>Start paying at once even when the plan has a trial.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/billingcommands.cpp" line="595"/>
        <location filename="../app/cli/billingcommands.cpp" line="1644"/>
        <source>--currency &quot;%1&quot; is invalid: use USD or ZWG.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/billingcommands.cpp" line="687"/>
        <source>Subscribed %1 to %2 (%3), status %4, next invoice %5.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/billingcommands.cpp" line="703"/>
        <source>Lists subscriptions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/billingcommands.cpp" line="704"/>
        <location filename="../app/cli/billingcommands.cpp" line="874"/>
        <source>Only this customer&apos;s (email or id).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/billingcommands.cpp" line="734"/>
        <location filename="../app/cli/billingcommands.cpp" line="914"/>
        <location filename="../app/cli/billingcommands.cpp" line="1627"/>
        <location filename="../app/cli/catalogcommands.cpp" line="391"/>
        <location filename="../app/cli/catalogcommands.cpp" line="460"/>
        <location filename="../app/cli/instancecommands.cpp" line="719"/>
        <source>STATUS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/backupcommands.cpp" line="263"/>
        <location filename="../app/cli/billingcommands.cpp" line="734"/>
        <location filename="../app/cli/catalogcommands.cpp" line="391"/>
        <location filename="../app/cli/catalogcommands.cpp" line="460"/>
        <location filename="../app/cli/catalogcommands.cpp" line="637"/>
        <location filename="../app/cli/instancecommands.cpp" line="1177"/>
        <source>ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/catalogcommands.cpp" line="400"/>
        <source>Customer name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/catalogcommands.cpp" line="401"/>
        <source>Email address, unique ignoring case.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/backupcommands.cpp" line="617"/>
        <location filename="../app/cli/billingcommands.cpp" line="1210"/>
        <location filename="../app/cli/catalogcommands.cpp" line="401"/>
        <location filename="../app/cli/instancecommands.cpp" line="447"/>
        <source>email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/catalogcommands.cpp" line="402"/>
        <source>Phone number: 07XXXXXXXX, +2637XXXXXXXX or +&lt;country code&gt;&lt;number&gt;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/billingcommands.cpp" line="1209"/>
        <location filename="../app/cli/billingcommands.cpp" line="1406"/>
        <location filename="../app/cli/catalogcommands.cpp" line="402"/>
        <source>number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/catalogcommands.cpp" line="403"/>
        <source>Company name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/catalogcommands.cpp" line="404"/>
        <source>ISO 3166-1 country code (default ZW).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/catalogcommands.cpp" line="404"/>
        <source>code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/catalogcommands.cpp" line="405"/>
        <source>Free-form notes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/billingcommands.cpp" line="800"/>
        <location filename="../app/cli/billingcommands.cpp" line="1054"/>
        <location filename="../app/cli/billingcommands.cpp" line="1336"/>
        <location filename="../app/cli/catalogcommands.cpp" line="405"/>
        <location filename="../app/cli/catalogcommands.cpp" line="435"/>
        <location filename="../app/cli/instancecommands.cpp" line="628"/>
        <location filename="../app/cli/instancecommands.cpp" line="830"/>
        <source>text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/catalogcommands.cpp" line="428"/>
        <source>Customer %1 added (id %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/catalogcommands.cpp" line="435"/>
        <source>Show only customers whose name, email or company contains the text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/catalogcommands.cpp" line="460"/>
        <source>EMAIL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/catalogcommands.cpp" line="460"/>
        <source>PHONE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/catalogcommands.cpp" line="460"/>
        <source>TENANTS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/billingcommands.cpp" line="535"/>
        <location filename="../app/cli/catalogcommands.cpp" line="460"/>
        <location filename="../app/cli/catalogcommands.cpp" line="637"/>
        <source>INSTANCES</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/catalogcommands.cpp" line="475"/>
        <source>Customer id or email.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/billingcommands.cpp" line="557"/>
        <location filename="../app/cli/catalogcommands.cpp" line="503"/>
        <location filename="../app/cli/catalogcommands.cpp" line="672"/>
        <location filename="../app/cli/instancecommands.cpp" line="774"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/catalogcommands.cpp" line="504"/>
        <source>Email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/billingcommands.cpp" line="1012"/>
        <location filename="../app/cli/catalogcommands.cpp" line="505"/>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/catalogcommands.cpp" line="506"/>
        <source>Company</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/catalogcommands.cpp" line="507"/>
        <source>Country</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/billingcommands.cpp" line="780"/>
        <location filename="../app/cli/billingcommands.cpp" line="948"/>
        <location filename="../app/cli/billingcommands.cpp" line="1013"/>
        <location filename="../app/cli/catalogcommands.cpp" line="508"/>
        <location filename="../app/cli/instancecommands.cpp" line="776"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/catalogcommands.cpp" line="509"/>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/catalogcommands.cpp" line="510"/>
        <source>Tenants</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/billingcommands.cpp" line="557"/>
        <location filename="../app/cli/billingcommands.cpp" line="777"/>
        <location filename="../app/cli/catalogcommands.cpp" line="511"/>
        <location filename="../app/cli/catalogcommands.cpp" line="675"/>
        <location filename="../app/cli/instancecommands.cpp" line="775"/>
        <location filename="../app/cli/instancecommands.cpp" line="1205"/>
        <source>Id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/billingcommands.cpp" line="1016"/>
        <location filename="../app/cli/catalogcommands.cpp" line="512"/>
        <location filename="../app/cli/catalogcommands.cpp" line="676"/>
        <source>Created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/catalogcommands.cpp" line="513"/>
        <location filename="../app/cli/catalogcommands.cpp" line="677"/>
        <source>Updated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/catalogcommands.cpp" line="513"/>
        <location filename="../app/cli/catalogcommands.cpp" line="677"/>
        <source>%1 by %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/catalogcommands.cpp" line="522"/>
        <source>Owning customer: id or email.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/billingcommands.cpp" line="575"/>
        <location filename="../app/cli/billingcommands.cpp" line="704"/>
        <location filename="../app/cli/billingcommands.cpp" line="874"/>
        <location filename="../app/cli/catalogcommands.cpp" line="522"/>
        <location filename="../app/cli/catalogcommands.cpp" line="557"/>
        <location filename="../app/cli/catalogcommands.cpp" line="607"/>
        <location filename="../app/cli/catalogcommands.cpp" line="764"/>
        <source>customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/catalogcommands.cpp" line="523"/>
        <source>Tenant name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/catalogcommands.cpp" line="524"/>
        <source>Unique DNS label used in subdomains, such as moyo-hardware.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/backupcommands.cpp" line="190"/>
        <location filename="../app/cli/backupcommands.cpp" line="215"/>
        <location filename="../app/cli/backupcommands.cpp" line="403"/>
        <location filename="../app/cli/backupcommands.cpp" line="591"/>
        <location filename="../app/cli/catalogcommands.cpp" line="524"/>
        <location filename="../app/cli/catalogcommands.cpp" line="559"/>
        <location filename="../app/cli/instancecommands.cpp" line="438"/>
        <location filename="../app/cli/instancecommands.cpp" line="627"/>
        <location filename="../app/cli/instancecommands.cpp" line="727"/>
        <location filename="../app/cli/instancecommands.cpp" line="826"/>
        <location filename="../app/cli/instancecommands.cpp" line="1062"/>
        <source>slug</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/catalogcommands.cpp" line="546"/>
        <source>Tenant %1 added for %2 (id %3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/catalogcommands.cpp" line="553"/>
        <source>Changes the given fields of a tenant; the others keep their values. The slug is locked while instances use it, and the customer while the tenant has instances, deleted ones included.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/catalogcommands.cpp" line="557"/>
        <source>New owning customer: id or email.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/catalogcommands.cpp" line="558"/>
        <source>New tenant name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/catalogcommands.cpp" line="559"/>
        <source>New unique DNS label used in subdomains, such as moyo-hardware.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/catalogcommands.cpp" line="591"/>
        <source>Nothing to change: tenant %1 already has these values.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/catalogcommands.cpp" line="600"/>
        <source>Tenant %1 changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/catalogcommands.cpp" line="607"/>
        <source>Show only this customer&apos;s tenants: id or email.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/catalogcommands.cpp" line="637"/>
        <source>SLUG</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/billingcommands.cpp" line="734"/>
        <location filename="../app/cli/billingcommands.cpp" line="914"/>
        <location filename="../app/cli/billingcommands.cpp" line="1627"/>
        <location filename="../app/cli/catalogcommands.cpp" line="637"/>
        <location filename="../app/cli/instancecommands.cpp" line="719"/>
        <source>CUSTOMER</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/catalogcommands.cpp" line="561"/>
        <location filename="../app/cli/catalogcommands.cpp" line="644"/>
        <source>Tenant id or slug.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/catalogcommands.cpp" line="671"/>
        <source>Slug</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/billingcommands.cpp" line="778"/>
        <location filename="../app/cli/billingcommands.cpp" line="946"/>
        <location filename="../app/cli/catalogcommands.cpp" line="673"/>
        <source>Customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/billingcommands.cpp" line="778"/>
        <location filename="../app/cli/billingcommands.cpp" line="947"/>
        <location filename="../app/cli/catalogcommands.cpp" line="673"/>
        <source>%1 &lt;%2&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/billingcommands.cpp" line="560"/>
        <location filename="../app/cli/catalogcommands.cpp" line="674"/>
        <source>Instances</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/billingcommands.cpp" line="734"/>
        <source>PLAN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/billingcommands.cpp" line="734"/>
        <source>CURRENCY</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/billingcommands.cpp" line="734"/>
        <source>NEXT INVOICE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/billingcommands.cpp" line="781"/>
        <source>Currency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/billingcommands.cpp" line="782"/>
        <location filename="../app/cli/billingcommands.cpp" line="949"/>
        <source>Period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/billingcommands.cpp" line="783"/>
        <source>Next invoice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/billingcommands.cpp" line="796"/>
        <source>Cancels a subscription.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/billingcommands.cpp" line="796"/>
        <source>Moves a subscription to another plan from its next invoice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/billingcommands.cpp" line="800"/>
        <location filename="../app/cli/billingcommands.cpp" line="1336"/>
        <source>Why it is cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/billingcommands.cpp" line="800"/>
        <source>The new plan&apos;s name or id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/billingcommands.cpp" line="833"/>
        <source>Add --force to cancel anyway.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/billingcommands.cpp" line="674"/>
        <location filename="../app/cli/billingcommands.cpp" line="835"/>
        <source>Warning: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/billingcommands.cpp" line="216"/>
        <source>Paynow reports this payment of %1 paid after it was closed (failed, cancelled or refunded). No invoice was settled: apply it to an open invoice with &apos;saasodoo payment apply %2&apos;, or refund it and record that with &apos;saasodoo payment mark-refunded %2&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/billingcommands.cpp" line="366"/>
        <source>No subscription or customer %1 was found. Give a subscription id, or a customer&apos;s email or id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/billingcommands.cpp" line="381"/>
        <source>Customer %1 has no subscription.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/billingcommands.cpp" line="563"/>
        <source>Backup retention</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/billingcommands.cpp" line="581"/>
        <source>Grant a trial of this many days, 0 to %1, whatever the plan&apos;s trial. Without it, the plan&apos;s trial is given only to a customer who never had a subscription.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/billingcommands.cpp" line="586"/>
        <source>Confirm a --start that leaves more than one past period to invoice, or that bills days the customer was invoiced for already.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/billingcommands.cpp" line="609"/>
        <source>Plan %1 has no %2 price. Subscribe with --currency %3, choose a plan with a %2 price, or give plan %1 a %2 price with Edit plan in the console&apos;s Plans tab.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/billingcommands.cpp" line="622"/>
        <source>give either --trial-days or --no-trial, not both.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/billingcommands.cpp" line="627"/>
        <source>--trial-days &quot;%1&quot; is invalid: give whole days from 0 to %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/billingcommands.cpp" line="669"/>
        <source>Start it on %1 with --start, void invoice %2 if the customer owes nothing for it, or add --yes to invoice both.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/billingcommands.cpp" line="691"/>
        <source>No trial: %1 had a subscription before, so the plan&apos;s %2-day trial is not given again. Give --trial-days N to grant one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/billingcommands.cpp" line="741"/>
        <source>Shows a subscription with its customer, plan and history.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/billingcommands.cpp" line="743"/>
        <location filename="../app/cli/billingcommands.cpp" line="798"/>
        <source>Subscription id, or the customer&apos;s email or id for its live (else newest) subscription.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/billingcommands.cpp" line="779"/>
        <source>Plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/billingcommands.cpp" line="779"/>
        <source>%1 (%2 a month)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/billingcommands.cpp" line="857"/>
        <source>Subscription %1 is %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/billingcommands.cpp" line="860"/>
        <source>Subscription %1 moves from plan %2 to %3 from its next invoice on %4; it is %5.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/billingcommands.cpp" line="873"/>
        <source>Lists invoices.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/billingcommands.cpp" line="875"/>
        <source>Only invoices in this status: draft, open, paid or void.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/billingcommands.cpp" line="891"/>
        <source>--status &quot;%1&quot; is invalid: use draft, open, paid or void.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/billingcommands.cpp" line="910"/>
        <source>(draft)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/billingcommands.cpp" line="914"/>
        <source>NUMBER</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/billingcommands.cpp" line="914"/>
        <source>PERIOD</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/billingcommands.cpp" line="914"/>
        <source>TOTAL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/billingcommands.cpp" line="914"/>
        <source>DUE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/billingcommands.cpp" line="921"/>
        <source>Shows an invoice with its lines and payments.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/billingcommands.cpp" line="922"/>
        <location filename="../app/cli/billingcommands.cpp" line="1024"/>
        <location filename="../app/cli/billingcommands.cpp" line="1053"/>
        <location filename="../app/cli/billingcommands.cpp" line="1206"/>
        <source>Invoice number or id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/billingcommands.cpp" line="945"/>
        <source>Number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/billingcommands.cpp" line="950"/>
        <source>Issued</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/billingcommands.cpp" line="950"/>
        <source>Due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/billingcommands.cpp" line="951"/>
        <source>Subtotal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/billingcommands.cpp" line="952"/>
        <source>VAT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/billingcommands.cpp" line="953"/>
        <source>Total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/billingcommands.cpp" line="1045"/>
        <source>Wrote invoice %1 to %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/billingcommands.cpp" line="1052"/>
        <source>Voids an open or draft invoice; its number stays used.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/billingcommands.cpp" line="1054"/>
        <source>Why it is voided.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/billingcommands.cpp" line="1068"/>
        <source>Voided invoice %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/billingcommands.cpp" line="1132"/>
        <source>Issues the invoices of the subscription periods that have started by a day, as a job.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/billingcommands.cpp" line="1134"/>
        <source>Shows what the billing run would do on a day: invoices, past-due marks, suspensions and reactivations. Changes nothing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/billingcommands.cpp" line="1136"/>
        <source>Runs the billing run as a job: issues the invoices of periods that have started, marks unpaid subscriptions past due, suspends and resumes instances.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/billingcommands.cpp" line="1138"/>
        <source>The day to run for, YYYY-MM-DD (default today, UTC).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/billingcommands.cpp" line="1175"/>
        <source>Nothing to do on %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/billingcommands.cpp" line="1194"/>
        <source>Billing run for %1 finished (job %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/billingcommands.cpp" line="1204"/>
        <source>Asks Paynow for a payment of an open invoice: a web checkout link (--web), or an EcoCash or OneMoney prompt on the customer&apos;s phone (--mobile).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/billingcommands.cpp" line="1207"/>
        <source>Web checkout: prints the link for the customer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/billingcommands.cpp" line="1208"/>
        <source>Mobile money: ecocash or onemoney.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/billingcommands.cpp" line="1208"/>
        <source>method</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/billingcommands.cpp" line="1209"/>
        <source>The wallet&apos;s phone number, such as 0771234567 or +263 77 123 4567.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/billingcommands.cpp" line="1210"/>
        <source>Email sent to Paynow (default: the customer&apos;s).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/billingcommands.cpp" line="1216"/>
        <source>give either --web or --mobile ecocash|onemoney.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/billingcommands.cpp" line="1221"/>
        <source>--mobile takes ecocash or onemoney.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/billingcommands.cpp" line="1223"/>
        <source>--mobile needs --phone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/billingcommands.cpp" line="1237"/>
        <source>Invoice %1 is %2; only an open invoice can be paid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/billingcommands.cpp" line="1252"/>
        <source>Payment %1 requested. Send the customer this link:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/billingcommands.cpp" line="1255"/>
        <source>Payment %1 requested. The customer confirms it on %2; check it with &apos;saasodoo payment poll %1&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/billingcommands.cpp" line="984"/>
        <location filename="../app/cli/billingcommands.cpp" line="1269"/>
        <location filename="../app/cli/billingcommands.cpp" line="1335"/>
        <location filename="../app/cli/billingcommands.cpp" line="1364"/>
        <location filename="../app/cli/billingcommands.cpp" line="1404"/>
        <source>Payment reference or id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/billingcommands.cpp" line="1140"/>
        <source>Confirm a --date before today.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/billingcommands.cpp" line="1155"/>
        <source>--date %1 is after today (%2, UTC). A billing run cannot be dated after today, because it would issue invoices early and count unpaid invoices overdue before they are. See what it would do then with &apos;saasodoo dunning preview --date %1&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/billingcommands.cpp" line="1360"/>
        <source>Records that a paid payment was refunded to the customer outside Paynow, such as an overpayment sent back by bank transfer. It is no longer listed as a refund due. A refunded payment that had paid an invoice reopens that invoice, unless another payment of it, held as an overpayment, pays it again at once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/billingcommands.cpp" line="1748"/>
        <source>Shows revenue per month, the outstanding and overdue totals, and the payments to refund, per currency.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/billingcommands.cpp" line="1274"/>
        <location filename="../app/cli/instancecommands.cpp" line="413"/>
        <location filename="../app/cli/instancecommands.cpp" line="1388"/>
        <source>seconds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/billingcommands.cpp" line="1315"/>
        <location filename="../app/cli/billingcommands.cpp" line="1543"/>
        <source>Payment %1: %2 (Paynow: %3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/billingcommands.cpp" line="207"/>
        <source>The invoice is paid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/billingcommands.cpp" line="232"/>
        <source>Paynow refunded this payment; invoice %1 could not be read: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/billingcommands.cpp" line="236"/>
        <source>Paynow refunded this payment; invoice %1 is open again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/billingcommands.cpp" line="238"/>
        <source>Paynow refunded this payment; invoice %1 stays paid by another payment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/billingcommands.cpp" line="240"/>
        <source>Paynow refunded this payment; invoice %1 stays void, so nothing is owed on it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/billingcommands.cpp" line="245"/>
        <source>Paynow refunded this payment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/billingcommands.cpp" line="646"/>
        <source>--start %1 leaves %2 paid billing periods since the trial ended on %3: the billing runs would issue %2 invoices for them, at most 12 per run. Add --yes to subscribe from that date, or give a later --start.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/billingcommands.cpp" line="652"/>
        <source>--start %1 is %2 billing periods ago: the billing runs would issue %2 invoices for the periods since then, at most 12 per run. Add --yes to subscribe from that date, or give a later --start.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/billingcommands.cpp" line="802"/>
        <source>Cancel even when the customer has open invoices.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/billingcommands.cpp" line="827"/>
        <source>The customer has %1 open invoice(s), %2 of them overdue. They stay open and owed after the cancellation: dunning still suspends the customer&apos;s instances when they are overdue, and paying them resumes the instances that dunning suspended.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/billingcommands.cpp" line="960"/>
        <source>Payment %1: %2 %3 (%4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/billingcommands.cpp" line="964"/>
        <source>applied: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/billingcommands.cpp" line="966"/>
        <source>(refund due)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/billingcommands.cpp" line="972"/>
        <source>Refund due to the customer: %1. Apply a payment to an open invoice with &apos;saasodoo payment apply REFERENCE&apos;, or record a refund with &apos;saasodoo payment mark-refunded REFERENCE&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/billingcommands.cpp" line="983"/>
        <source>Shows a payment, its invoice and what it was applied to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/billingcommands.cpp" line="1004"/>
        <source>%1, refund of %2 due to the customer (or apply it with &apos;saasodoo payment apply %3&apos;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/billingcommands.cpp" line="1008"/>
        <source>%1, to invoice %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/billingcommands.cpp" line="1010"/>
        <source>Reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/billingcommands.cpp" line="1010"/>
        <source>Paynow reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/billingcommands.cpp" line="1011"/>
        <source>Invoice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/billingcommands.cpp" line="1011"/>
        <location filename="../app/cli/catalogcommands.cpp" line="827"/>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/billingcommands.cpp" line="1012"/>
        <source>Method</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/billingcommands.cpp" line="1013"/>
        <source>Amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/billingcommands.cpp" line="1014"/>
        <source>Paynow status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/billingcommands.cpp" line="1014"/>
        <source>Applied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/billingcommands.cpp" line="1015"/>
        <source>Applied at</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/billingcommands.cpp" line="1015"/>
        <source>Failure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/billingcommands.cpp" line="1023"/>
        <source>Writes an invoice as an A4 PDF file, on as many pages as its lines need.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/billingcommands.cpp" line="1026"/>
        <source>PDF file to write, replacing an existing one; never the catalog or its SQLite working files.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/billingcommands.cpp" line="1101"/>
        <source>--date %1 is before the issue date of invoice %2 (%3). Invoice numbers follow issue dates, so no invoice of %4 can be dated earlier now. Run without --date: the run issues every period that has started up to today, dated today.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/billingcommands.cpp" line="1112"/>
        <source>--date %1 is before today. The run would issue %2 invoice(s) dated %1 and due on %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/billingcommands.cpp" line="1117"/>
        <source>, which is past, so the next run counts them overdue at once</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/billingcommands.cpp" line="1120"/>
        <source>It would also do, counted from %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/billingcommands.cpp" line="1121"/>
        <source>A subscription is reactivated only when nothing is overdue today. Add --yes to run it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/billingcommands.cpp" line="1266"/>
        <source>Asks Paynow for a payment&apos;s status and applies it; a paid payment settles its invoice once and resumes instances suspended for it. A payment whose request failed has no poll URL: its stored status is printed when Paynow&apos;s status update to the result URL reached it, and polling fails otherwise.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/billingcommands.cpp" line="1271"/>
        <source>Poll every 5 s until the status is final or this many seconds passed, 0 to %1 (default 0: poll once).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/billingcommands.cpp" line="1284"/>
        <source>--wait &quot;%1&quot; is invalid: give whole seconds from 0 to %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/billingcommands.cpp" line="1332"/>
        <source>Cancels a pending payment in the catalog, so that the invoice can take a new payment request or be voided. Paynow has no cancel request: if the customer still pays it, the payment is recorded when its status arrives, as paying the invoice or as money to refund.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/billingcommands.cpp" line="1352"/>
        <source>Cancelled payment %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/billingcommands.cpp" line="1374"/>
        <source>Payment %1 is %2 and was not applied, or is refunded already; there is nothing to mark.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/billingcommands.cpp" line="1389"/>
        <source>Payment %1 is recorded as refunded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/billingcommands.cpp" line="1400"/>
        <source>Applies a paid payment held as a refund due (an overpayment, a payment for a void invoice, or one Paynow reported paid after it was closed) to an open invoice of the same customer and currency. The payment&apos;s amount must equal the invoice&apos;s total. Resumes instances suspended for unpaid invoices, as any payment does.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/billingcommands.cpp" line="1406"/>
        <source>Number or id of the open invoice to settle (default: the payment&apos;s own invoice).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/billingcommands.cpp" line="1443"/>
        <source>Payment %1 of %2 is applied to invoice %3, which is paid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/billingcommands.cpp" line="1448"/>
        <source>Reactivation jobs: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/billingcommands.cpp" line="1506"/>
        <source>Receives the status updates that Paynow POSTs to the result URL, verifies each one&apos;s hash and applies it: a paid payment settles its invoice once and resumes instances suspended for it. Runs until SIGINT or SIGTERM. Put a TLS reverse proxy in front of it and set paynow_result_url to the proxy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/billingcommands.cpp" line="1509"/>
        <source>Address to listen on (default 127.0.0.1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/billingcommands.cpp" line="1510"/>
        <source>address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/billingcommands.cpp" line="1511"/>
        <source>TCP port to listen on; 0 picks a free one (default %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/billingcommands.cpp" line="1519"/>
        <source>--address &quot;%1&quot; is not an IP address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/billingcommands.cpp" line="1523"/>
        <source>--port &quot;%1&quot; is not a port number (0 to 65535).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/billingcommands.cpp" line="1552"/>
        <source>Rejected a status update: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/billingcommands.cpp" line="1561"/>
        <source>Listening for Paynow status updates on %1 port %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/billingcommands.cpp" line="1576"/>
        <source>Stopped listening.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/billingcommands.cpp" line="1583"/>
        <source>Lists Paynow payments, newest first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/billingcommands.cpp" line="1584"/>
        <source>Only this invoice&apos;s (number or id).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/billingcommands.cpp" line="1584"/>
        <source>invoice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/billingcommands.cpp" line="1622"/>
        <source>%1, refund due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/billingcommands.cpp" line="1627"/>
        <source>REFERENCE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/billingcommands.cpp" line="1627"/>
        <source>METHOD</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/billingcommands.cpp" line="1627"/>
        <source>AMOUNT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/billingcommands.cpp" line="1627"/>
        <source>PAYNOW</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/billingcommands.cpp" line="1628"/>
        <source>APPLIED</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/billingcommands.cpp" line="1637"/>
        <source>Stores a Paynow integration in the keychain: the id on the first line of standard input, the key on the second (never as arguments).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/billingcommands.cpp" line="1639"/>
        <source>USD or ZWG.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/billingcommands.cpp" line="1661"/>
        <source>Stored the Paynow %1 integration in the keychain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/billingcommands.cpp" line="1670"/>
        <source>Shows the billing settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/billingcommands.cpp" line="1697"/>
        <source>Sets a billing setting: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/billingcommands.cpp" line="1698"/>
        <source>Setting name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/billingcommands.cpp" line="1699"/>
        <source>New value.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/billingcommands.cpp" line="1724"/>
        <source>Set %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/billingcommands.cpp" line="1750"/>
        <source>The day overdue is counted on, YYYY-MM-DD (default today, UTC).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/billingcommands.cpp" line="1778"/>
        <source>Outstanding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/billingcommands.cpp" line="1778"/>
        <location filename="../app/cli/billingcommands.cpp" line="1779"/>
        <source>%1 (%2 invoice(s))</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/billingcommands.cpp" line="1779"/>
        <source>Overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/billingcommands.cpp" line="1780"/>
        <source>Refunds due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/billingcommands.cpp" line="1781"/>
        <source>%1 (%2 payment(s))</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/billingcommands.cpp" line="1784"/>
        <source>Revenue %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/billingcommands.cpp" line="1802"/>
        <source>Job %1 (%2) left nothing to clean up, because billing actions are safe to repeat. Finish it with &apos;saasodoo job resume %1&apos; (the next billing run also finishes it), or dismiss it with &apos;saasodoo job cancel %1&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/billingcommands.cpp" line="1812"/>
        <source>Job %1 (%2) names no subscription; dismiss it with &apos;saasodoo job cancel %1&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/billingcommands.cpp" line="1820"/>
        <source>Job %1 (%2) names no day to run for; dismiss it with &apos;saasodoo job cancel %1&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/billingcommands.cpp" line="1843"/>
        <source>Resumed interrupted job %1 as job %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/billingcommands.cpp" line="1897"/>
        <location filename="../app/cli/catalogcommands.cpp" line="871"/>
        <source>Usage: saasodoo %1 COMMAND [options]
Commands: %2.
Run &apos;saasodoo %1 COMMAND --help&apos; for the options of one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/billingcommands.cpp" line="1904"/>
        <location filename="../app/cli/catalogcommands.cpp" line="877"/>
        <source>saasodoo %1: expected one of: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/backupcommands.cpp" line="104"/>
        <location filename="../app/cli/catalogcommands.cpp" line="727"/>
        <location filename="../app/cli/instancecommands.cpp" line="129"/>
        <source>Instance %1 was not found.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/instancecommands.cpp" line="131"/>
        <source>%1 instances are named %2; add --tenant &lt;slug&gt; or use the instance id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/instancecommands.cpp" line="218"/>
        <source>Job %1 (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/instancecommands.cpp" line="346"/>
        <source>The Docker engine of host %1 did not respond: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/instancecommands.cpp" line="349"/>
        <source>Image %1 is not on host %2. Pull or build it there first (docker pull %1), then create the instance again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/instancecommands.cpp" line="357"/>
        <source>Could not connect to PostgreSQL of host %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/instancecommands.cpp" line="375"/>
        <source>Environment variable %1 is invalid: write KEY=VALUE.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/instancecommands.cpp" line="380"/>
        <source>Environment variable %1 is given twice (%1=%2 and %3). Give each variable once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/instancecommands.cpp" line="409"/>
        <source>Seconds to wait for Odoo to answer on /web/health, %1 to %2 (default %3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/instancecommands.cpp" line="426"/>
        <source>Health timeout %1 is invalid: give whole seconds from %2 to %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/instancecommands.cpp" line="438"/>
        <source>Tenant slug.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/instancecommands.cpp" line="439"/>
        <source>Instance name, unique within the tenant.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/instancecommands.cpp" line="440"/>
        <source>Host name (default: the host with the most free memory).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/instancecommands.cpp" line="441"/>
        <source>Odoo version: 16.0, 17.0, 18.0 or 19.0 (default 18.0).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/instancecommands.cpp" line="441"/>
        <source>version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/instancecommands.cpp" line="442"/>
        <source>Exact image tag, such as 18.0-20260817 (default: the version).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/instancecommands.cpp" line="442"/>
        <source>tag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/instancecommands.cpp" line="443"/>
        <source>development, staging or production (default development).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/instancecommands.cpp" line="443"/>
        <source>type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/instancecommands.cpp" line="444"/>
        <source>CPU limit in cores, such as 1.5 (default 1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/instancecommands.cpp" line="445"/>
        <source>Memory limit, such as 512M or 2G (default 1G).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/instancecommands.cpp" line="446"/>
        <source>Storage limit, such as 10G (default 10G).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/instancecommands.cpp" line="447"/>
        <source>The Odoo admin&apos;s login.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/instancecommands.cpp" line="448"/>
        <source>Load Odoo&apos;s demo data.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/instancecommands.cpp" line="449"/>
        <source>Database name (default: &lt;tenant&gt;_&lt;name&gt;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/instancecommands.cpp" line="450"/>
        <source>Modules to install, comma-separated.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/instancecommands.cpp" line="450"/>
        <location filename="../app/cli/instancecommands.cpp" line="454"/>
        <location filename="../app/cli/instancecommands.cpp" line="832"/>
        <source>modules</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/instancecommands.cpp" line="455"/>
        <source>Environment variable for the container (repeatable).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/instancecommands.cpp" line="455"/>
        <source>KEY=VALUE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/instancecommands.cpp" line="456"/>
        <source>Subdomain under the host&apos;s domain (default: &lt;tenant&gt;-&lt;name&gt;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/instancecommands.cpp" line="456"/>
        <source>label</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/instancecommands.cpp" line="486"/>
        <source>Type %1 is invalid: use development, staging or production.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/backupcommands.cpp" line="511"/>
        <location filename="../app/cli/instancecommands.cpp" line="491"/>
        <location filename="../app/cli/instancecommands.cpp" line="954"/>
        <source>CPU limit %1 is invalid: give cores, such as 1.5.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/instancecommands.cpp" line="521"/>
        <source>Instance name &quot;%1&quot; gives the database name &quot;%2&quot;, which is invalid: %3 Choose one with --database NAME.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/instancecommands.cpp" line="528"/>
        <source>Instance name &quot;%1&quot; gives the subdomain &quot;%2&quot;, which is invalid: %3 Choose one with --subdomain NAME.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/instancecommands.cpp" line="535"/>
        <source>Module %1 is both in --addons and in --disable. Remove it from one of the two.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/instancecommands.cpp" line="547"/>
        <source>Instance name &quot;%1&quot; is already used in tenant %2. Choose another --name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/instancecommands.cpp" line="588"/>
        <source>The PostgreSQL password of host %1 could not be read from the keychain: %2 Store it with &apos;saasodoo host set-password %1&apos;, then create the instance again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/instancecommands.cpp" line="590"/>
        <source>it is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/instancecommands.cpp" line="606"/>
        <source>Creating instance %1 on host %2 (database %3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/instancecommands.cpp" line="625"/>
        <source>Only instances in this status.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/billingcommands.cpp" line="875"/>
        <location filename="../app/cli/catalogcommands.cpp" line="286"/>
        <location filename="../app/cli/instancecommands.cpp" line="625"/>
        <source>status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/instancecommands.cpp" line="626"/>
        <source>Only instances on this host.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/instancecommands.cpp" line="627"/>
        <source>Only this tenant&apos;s instances.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/instancecommands.cpp" line="628"/>
        <source>Text in the name, database, subdomain or customer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/instancecommands.cpp" line="629"/>
        <source>Include deleted instances.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/instancecommands.cpp" line="630"/>
        <source>Show the recorded status without asking the hosts&apos; engines first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/instancecommands.cpp" line="643"/>
        <source>Status %1 is invalid: use one of %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/instancecommands.cpp" line="719"/>
        <source>TENANT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/instancecommands.cpp" line="719"/>
        <source>VERSION</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/instancecommands.cpp" line="719"/>
        <source>DATABASE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/instancecommands.cpp" line="719"/>
        <source>PORT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/backupcommands.cpp" line="190"/>
        <location filename="../app/cli/backupcommands.cpp" line="215"/>
        <location filename="../app/cli/backupcommands.cpp" line="403"/>
        <location filename="../app/cli/instancecommands.cpp" line="727"/>
        <location filename="../app/cli/instancecommands.cpp" line="826"/>
        <location filename="../app/cli/instancecommands.cpp" line="1062"/>
        <source>Tenant slug, when instance names repeat.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/instancecommands.cpp" line="777"/>
        <source>Message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/instancecommands.cpp" line="778"/>
        <source>URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/instancecommands.cpp" line="779"/>
        <location filename="../app/cli/instancecommands.cpp" line="1607"/>
        <source>Host</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/instancecommands.cpp" line="780"/>
        <source>Odoo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/instancecommands.cpp" line="781"/>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/billingcommands.cpp" line="562"/>
        <location filename="../app/cli/instancecommands.cpp" line="783"/>
        <source>Memory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/instancecommands.cpp" line="784"/>
        <source>Database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/instancecommands.cpp" line="785"/>
        <source>Admin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/instancecommands.cpp" line="794"/>
        <source>Environment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/instancecommands.cpp" line="795"/>
        <source>Port</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/instancecommands.cpp" line="815"/>
        <source>Warning: dunning suspended instance %1, and its subscription is still suspended for unpaid invoice %2. The next billing run suspends it again unless the invoice is paid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/instancecommands.cpp" line="827"/>
        <source>Instance name or id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/instancecommands.cpp" line="830"/>
        <source>Why, for the status message and the audit log.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/instancecommands.cpp" line="832"/>
        <source>Modules to update, comma-separated, or all.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/instancecommands.cpp" line="834"/>
        <source>New CPU limit in cores.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/instancecommands.cpp" line="835"/>
        <source>New memory limit, such as 2G.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/instancecommands.cpp" line="838"/>
        <source>Remove this variable (repeatable).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/instancecommands.cpp" line="838"/>
        <source>KEY</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/instancecommands.cpp" line="840"/>
        <source>Variables to add or change; the others stay as they are.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/instancecommands.cpp" line="846"/>
        <source>Confirm: delete the container, volume, database, role and secrets.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/instancecommands.cpp" line="848"/>
        <source>Take a backup first, kept until an admin deletes it. When it fails, nothing is deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/instancecommands.cpp" line="865"/>
        <source>give the instance, then KEY=VALUE pairs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/instancecommands.cpp" line="926"/>
        <source>missing required option --modules.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/instancecommands.cpp" line="929"/>
        <source>--modules all updates every module: give it alone, without other names.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/instancecommands.cpp" line="931"/>
        <source>Module</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/instancecommands.cpp" line="936"/>
        <source>Module %1 is disabled on instance %2, so it cannot be updated.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/backupcommands.cpp" line="510"/>
        <location filename="../app/cli/instancecommands.cpp" line="953"/>
        <source>CPU limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/backupcommands.cpp" line="517"/>
        <location filename="../app/cli/backupcommands.cpp" line="520"/>
        <location filename="../app/cli/instancecommands.cpp" line="959"/>
        <source>Memory limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/instancecommands.cpp" line="965"/>
        <source>give --cpu, --memory or both.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/instancecommands.cpp" line="968"/>
        <source>Nothing to change: instance %1 already has %2 CPU cores and %3 of memory.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/instancecommands.cpp" line="976"/>
        <location filename="../app/cli/instancecommands.cpp" line="1054"/>
        <source>Limits of instance %1 not changed: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/instancecommands.cpp" line="993"/>
        <source>Nothing to change: instance %1 already has these environment variables.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/instancecommands.cpp" line="1073"/>
        <source>--tail &quot;%1&quot; is invalid: give a number of lines (0 or more) or all.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/instancecommands.cpp" line="1077"/>
        <source>--follow and --json cannot be combined: JSON output is printed once the log is read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/instancecommands.cpp" line="1085"/>
        <source>Instance %1 has no container (it is %2), so it has no log.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/instancecommands.cpp" line="1383"/>
        <source>Asks the process running a job to cancel it, and waits for the job to end. An interrupted job is dismissed as it is: nothing it left behind is removed (use &apos;saasodoo job cleanup&apos; for that), unless it left its instance in a state from which no action is allowed (creating, starting and the like). Then its clean-up runs, as &apos;saasodoo job cleanup&apos; does.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/instancecommands.cpp" line="1424"/>
        <source>Job %1 left its instance in a state from which no action is allowed, so cancelling it cleans up what it left, as &apos;saasodoo job cleanup %1&apos; does.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/instancecommands.cpp" line="1474"/>
        <source>PostgreSQL password: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/instancecommands.cpp" line="1571"/>
        <source>The PostgreSQL password could not be read from the keychain: %1 If it was never stored, store it with &apos;saasodoo host set-password %2&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/instancecommands.cpp" line="1659"/>
        <source>Usage: saasodoo job COMMAND [options]
Commands: list, show, resume, cleanup, cancel.
Run &apos;saasodoo job COMMAND --help&apos; for the options of one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/instancecommands.cpp" line="1664"/>
        <source>saasodoo job: unknown action &apos;%1&apos;. Use list, show, resume, cleanup or cancel.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/instancecommands.cpp" line="1063"/>
        <source>lines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/instancecommands.cpp" line="452"/>
        <source>Modules never to install, comma-separated. A name that the image does not have fails the create, as an unknown addon does.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/instancecommands.cpp" line="685"/>
        <source>warning: could not check host %1 (limit %2 s per engine call), so its instances show their recorded status, marked as not confirmed: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/instancecommands.cpp" line="714"/>
        <source>%1 (not confirmed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/instancecommands.cpp" line="786"/>
        <source>Requested addons</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/instancecommands.cpp" line="787"/>
        <source>Installed modules (database)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/instancecommands.cpp" line="788"/>
        <source>none (the create did not finish, so the instance has no database yet)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/instancecommands.cpp" line="789"/>
        <source>none read (the instance is %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/instancecommands.cpp" line="791"/>
        <source>not read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/instancecommands.cpp" line="792"/>
        <source>Disabled modules</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/instancecommands.cpp" line="793"/>
        <source>Demo data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/instancecommands.cpp" line="1000"/>
        <source>Deleting %1 removes its container, volume, database %2 with the copies that restores kept, role and secrets. Add --yes to confirm.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/instancecommands.cpp" line="1008"/>
        <source>Instance %1 is %2: a final backup needs it running, stopped or suspended. Start it first, or delete without --final-backup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/instancecommands.cpp" line="1024"/>
        <source>Final backup %1 is kept until an admin deletes it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/instancecommands.cpp" line="1063"/>
        <source>Number of lines from the end, or all (default 100).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/instancecommands.cpp" line="1064"/>
        <source>Keep printing new lines until interrupted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/backupcommands.cpp" line="46"/>
        <source>Backup id prefix %1 matches %2 backups (%3). Give more characters of the id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/backupcommands.cpp" line="106"/>
        <source>%1 instances are named %2: add --tenant &lt;slug&gt; or use the instance id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/backupcommands.cpp" line="156"/>
        <source>The job recorded no backup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/backupcommands.cpp" line="177"/>
        <source>Backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/backupcommands.cpp" line="178"/>
        <source>File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/backupcommands.cpp" line="179"/>
        <source>S3 key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/backupcommands.cpp" line="179"/>
        <source>Size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/backupcommands.cpp" line="180"/>
        <source>SHA-256</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/backupcommands.cpp" line="188"/>
        <source>Backs an instance up into the local backup directory and, when an S3 bucket is configured, archives and verifies it there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/backupcommands.cpp" line="208"/>
        <source>Backed up instance %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/backupcommands.cpp" line="214"/>
        <source>Lists the backups of one instance, or of every instance.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/backupcommands.cpp" line="216"/>
        <source>Also list deleted backups.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/backupcommands.cpp" line="217"/>
        <source>Instance name or id (optional).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/backupcommands.cpp" line="252"/>
        <source>local</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/backupcommands.cpp" line="256"/>
        <source>by slots</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/backupcommands.cpp" line="258"/>
        <source>never</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/backupcommands.cpp" line="263"/>
        <location filename="../app/cli/instancecommands.cpp" line="1177"/>
        <source>KIND</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/backupcommands.cpp" line="263"/>
        <location filename="../app/cli/instancecommands.cpp" line="1177"/>
        <source>STATE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/backupcommands.cpp" line="263"/>
        <source>INSTANCE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/backupcommands.cpp" line="263"/>
        <source>BYTES</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/backupcommands.cpp" line="263"/>
        <source>COPIES</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/backupcommands.cpp" line="264"/>
        <source>EXPIRES</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/backupcommands.cpp" line="275"/>
        <source>Uploads a completed backup&apos;s local file to S3 and reads it back, resuming the unfinished upload of an earlier attempt. Does nothing for a backup that is already archived.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/backupcommands.cpp" line="278"/>
        <source>Re-hashes and validates the local file and reads the S3 copy back. Fails when a copy differs from the catalog.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/backupcommands.cpp" line="281"/>
        <source>Downloads the S3 copy and checks its SHA-256 before use.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/backupcommands.cpp" line="283"/>
        <source>File to write (default: the backup&apos;s place in the local backup directory).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/backupcommands.cpp" line="283"/>
        <location filename="../app/cli/billingcommands.cpp" line="1027"/>
        <source>file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/backupcommands.cpp" line="285"/>
        <source>Deletes the local file and the S3 copy; the catalog keeps the record as deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/backupcommands.cpp" line="287"/>
        <source>Confirm the deletion.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/backupcommands.cpp" line="305"/>
        <source>Deleting backup %1 removes its local file and its S3 copy. Add --yes to confirm.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/backupcommands.cpp" line="311"/>
        <source>%1 exists already: choose another --output file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/backupcommands.cpp" line="326"/>
        <source>Backup %1 is archived to S3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/backupcommands.cpp" line="328"/>
        <source>Every copy of backup %1 matches the catalog.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/backupcommands.cpp" line="330"/>
        <source>Downloaded backup %1 to %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/backupcommands.cpp" line="332"/>
        <source>Deleted backup %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/backupcommands.cpp" line="340"/>
        <source>Takes the scheduled backups that are due, then deletes from both tiers the backups that each instance&apos;s retention policy no longer keeps, retries archiving the backups that have no S3 copy yet and aborts abandoned S3 uploads. Meant for cron or a systemd timer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/backupcommands.cpp" line="343"/>
        <source>Apply retention and abort abandoned uploads, without taking or archiving backups.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/backupcommands.cpp" line="380"/>
        <source>Skipped %1 (%2): %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/backupcommands.cpp" line="383"/>
        <source>%1 new backups, %2 instances skipped, %3 removed by retention, %4 kept, %5 archived, %6 unfinished uploads aborted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/backupcommands.cpp" line="399"/>
        <source>Shows the retention policy that applies to an instance, or changes it with the options given. Without a policy of its own, an instance follows its customer&apos;s plan (the plan&apos;s backup retention days), or the default of 7 daily, 4 weekly and 3 monthly backups. Changing any option stores a policy for the instance, starting from the one that applies, and unset options keep their value.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/backupcommands.cpp" line="585"/>
        <source>Name of a new instance to restore as, checked as instance create checks it, with the database name and subdomain made from it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/backupcommands.cpp" line="593"/>
        <source>Host of the --new instance (default: the backup&apos;s instance&apos;s host, else the active host with the most free memory that fits).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/backupcommands.cpp" line="597"/>
        <source>Database name of the --new instance (default: &lt;tenant slug&gt;_&lt;name&gt;, as instance create proposes).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/backupcommands.cpp" line="600"/>
        <source>Docker network the --new instance joins when its host names none (default: $SAASODOO_DOCKER_NETWORK, else saasodoo). A host registered with --network always uses its own.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/backupcommands.cpp" line="604"/>
        <source>Odoo series of the --new instance, such as 17.0. Needed for a custom-format .dump file whose table ir_module_module has no row for module base. A zip&apos;s manifest, or a dump&apos;s module base, must name the same series.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/backupcommands.cpp" line="607"/>
        <source>series</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/backupcommands.cpp" line="609"/>
        <source>CPU limit of the --new instance in cores, such as 1.5 (default: the backup&apos;s instance&apos;s, else 1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/backupcommands.cpp" line="612"/>
        <source>Memory limit of the --new instance, such as 512M or 2G (default: the backup&apos;s instance&apos;s, else 2G).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/backupcommands.cpp" line="615"/>
        <source>The Odoo admin&apos;s login in the --new instance (default: the backup&apos;s instance&apos;s, else the tenant&apos;s customer&apos;s email).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/backupcommands.cpp" line="779"/>
        <source>Usage: saasodoo backup COMMAND [options]
Commands: create, list, archive, verify, download, delete, run-due, policy, set-s3-credentials.
Run &apos;saasodoo backup COMMAND --help&apos; for the options of one. &apos;saasodoo restore --help&apos; shows how to restore a backup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/backupcommands.cpp" line="785"/>
        <source>saasodoo backup: unknown action &apos;%1&apos;. Use create, list, archive, verify, download, delete, run-due, policy or set-s3-credentials.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/backupcommands.cpp" line="404"/>
        <source>Days whose newest backup is kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/backupcommands.cpp" line="404"/>
        <location filename="../app/cli/backupcommands.cpp" line="405"/>
        <location filename="../app/cli/backupcommands.cpp" line="406"/>
        <location filename="../app/cli/billingcommands.cpp" line="450"/>
        <location filename="../app/cli/catalogcommands.cpp" line="767"/>
        <source>count</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/backupcommands.cpp" line="405"/>
        <source>ISO weeks whose newest backup is kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/backupcommands.cpp" line="406"/>
        <source>Months whose newest backup is kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/backupcommands.cpp" line="407"/>
        <source>Hours between scheduled backups; 0 turns them off.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/backupcommands.cpp" line="407"/>
        <source>hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/backupcommands.cpp" line="432"/>
        <source>--%1 &quot;%2&quot; is invalid: use a whole number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/backupcommands.cpp" line="458"/>
        <source>Instance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/backupcommands.cpp" line="458"/>
        <source>Daily</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/backupcommands.cpp" line="459"/>
        <source>Weekly</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/backupcommands.cpp" line="459"/>
        <source>Monthly</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/backupcommands.cpp" line="460"/>
        <source>Interval</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/backupcommands.cpp" line="460"/>
        <source>%1 hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/backupcommands.cpp" line="461"/>
        <source>Source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/backupcommands.cpp" line="468"/>
        <source>Stores the S3 access key id (first line of standard input) and secret access key (second line) in the keychain, never an argument.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/backupcommands.cpp" line="472"/>
        <source>S3 access key id: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/backupcommands.cpp" line="473"/>
        <source>S3 secret access key: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/backupcommands.cpp" line="476"/>
        <source>Standard input needs two lines: the access key id, then the secret access key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/backupcommands.cpp" line="488"/>
        <source>Stored the S3 credentials in the keychain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/backupcommands.cpp" line="501"/>
        <source>--odoo-version %1 is not an Odoo series: give it as major.minor, such as 17.0.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/backupcommands.cpp" line="526"/>
        <source>Admin email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/backupcommands.cpp" line="572"/>
        <source>Restored as the new instance %1 (database %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/backupcommands.cpp" line="580"/>
        <source>Restores a catalogued backup (by id) or a backup file into an instance, or as a new instance. The archive is validated first. An in-place restore takes a safety backup and switches the instance to the restored copy only when it is complete.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/backupcommands.cpp" line="583"/>
        <source>Instance to restore into (name or id).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/backupcommands.cpp" line="583"/>
        <location filename="../app/cli/catalogcommands.cpp" line="765"/>
        <source>instance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/backupcommands.cpp" line="589"/>
        <source>Tenant slug: of --into when instance names repeat, or of the --new instance (default: the backup&apos;s instance&apos;s tenant).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/backupcommands.cpp" line="618"/>
        <source>Disable outgoing mail and scheduled actions in the restored copy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/backupcommands.cpp" line="620"/>
        <source>Keep the backup&apos;s database.uuid and database.secret: the database moved here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/backupcommands.cpp" line="626"/>
        <source>give exactly one of --into &lt;instance&gt; and --new &lt;name&gt;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/backupcommands.cpp" line="647"/>
        <source>%1 is neither a backup id in the catalog nor a file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/backupcommands.cpp" line="677"/>
        <source>Restored %1 into instance %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/backupcommands.cpp" line="688"/>
        <source>Jobs of kind %1 cannot be resumed. Clean up with &apos;saasodoo job cleanup %2&apos;, then run the backup or restore again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/backupcommands.cpp" line="692"/>
        <source>Cleaning up after failed job %1 (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/backupcommands.cpp" line="693"/>
        <source>Cleaning up after interrupted job %1 (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/backupcommands.cpp" line="717"/>
        <source>Cleaned up by job %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/backupcommands.cpp" line="722"/>
        <location filename="../app/cli/instancecommands.cpp" line="1374"/>
        <source>Interrupted; cleaned up by job %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/backupcommands.cpp" line="728"/>
        <source>Job %1 had added no instance.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/backupcommands.cpp" line="745"/>
        <source>Cleaned up after job %1; instance %2 is %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/backupcommands.cpp" line="749"/>
        <source>Cleaned up after job %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/instancecommands.cpp" line="1177"/>
        <source>PROGRESS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/backupcommands.cpp" line="263"/>
        <location filename="../app/cli/billingcommands.cpp" line="1628"/>
        <location filename="../app/cli/instancecommands.cpp" line="1177"/>
        <source>CREATED</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/instancecommands.cpp" line="1177"/>
        <source>ERROR</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/backupcommands.cpp" line="177"/>
        <location filename="../app/cli/instancecommands.cpp" line="1205"/>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/backupcommands.cpp" line="178"/>
        <location filename="../app/cli/instancecommands.cpp" line="1205"/>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/instancecommands.cpp" line="1206"/>
        <source>Progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/instancecommands.cpp" line="1206"/>
        <source>Started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/instancecommands.cpp" line="1207"/>
        <source>Finished</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/instancecommands.cpp" line="1207"/>
        <source>Error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/instancecommands.cpp" line="1278"/>
        <source>its process is still running; cancel it with &apos;saasodoo job cancel %1&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/instancecommands.cpp" line="1279"/>
        <source>only interrupted jobs can be resumed or cleaned up.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/instancecommands.cpp" line="1280"/>
        <source>Job %1 is %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/instancecommands.cpp" line="1288"/>
        <source>Job %1 (%2) has no instance to work on; dismiss it with &apos;saasodoo job cancel %1&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/instancecommands.cpp" line="1308"/>
        <source>Runs an interrupted job again: an instance creation is cleaned up first and then made from the start; a delete, start, stop or restart is run again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/instancecommands.cpp" line="1310"/>
        <source>Removes what an interrupted job left behind and puts its instance in the error state, from where it can be retried or deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/instancecommands.cpp" line="1347"/>
        <source>Jobs of kind %1 cannot be resumed. Clean up with &apos;saasodoo job cleanup %2&apos;, then run the action again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/billingcommands.cpp" line="1825"/>
        <location filename="../app/cli/instancecommands.cpp" line="1369"/>
        <source>Taking over from interrupted job %1 (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/billingcommands.cpp" line="1832"/>
        <location filename="../app/cli/instancecommands.cpp" line="1373"/>
        <source>Interrupted; resumed as job %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/instancecommands.cpp" line="1388"/>
        <source>Seconds to wait for the running job to end (default 120).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/instancecommands.cpp" line="1395"/>
        <source>Timeout %1 is invalid: give whole seconds, 0 or more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/instancecommands.cpp" line="1419"/>
        <source>Job %1 already ended: it %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/instancecommands.cpp" line="1434"/>
        <source>Interrupted; dismissed by the admin without a clean-up.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/instancecommands.cpp" line="1437"/>
        <source>Dismissed interrupted job %1. Nothing it left behind was removed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/instancecommands.cpp" line="1446"/>
        <source>Asked the process running job %1 to cancel it; waiting for the job to end.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/instancecommands.cpp" line="1452"/>
        <source>Job %1 %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/instancecommands.cpp" line="1456"/>
        <source>Job %1 did not end within %2 s; its process may be busy in a step that cannot be interrupted. Check it with &apos;saasodoo job show %1&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/instancecommands.cpp" line="1466"/>
        <source>Stores the host&apos;s PostgreSQL password in the keychain, read from standard input (never an argument).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/billingcommands.cpp" line="1649"/>
        <source>Could not read standard input.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/instancecommands.cpp" line="1476"/>
        <source>No password on standard input.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/instancecommands.cpp" line="1483"/>
        <source>%1 Nothing was stored; check the password and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/instancecommands.cpp" line="1488"/>
        <source>Stored the PostgreSQL password of host %1 in the keychain as %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/instancecommands.cpp" line="1495"/>
        <source>Stores the passphrase of the host&apos;s encrypted TLS client key in the keychain, read from standard input (never an argument).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/instancecommands.cpp" line="1505"/>
        <source>Host %1 has no TLS client key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/instancecommands.cpp" line="1508"/>
        <source>The TLS client key %1 of host %2 is not encrypted, so it needs no passphrase.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/instancecommands.cpp" line="1511"/>
        <source>TLS key passphrase: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/instancecommands.cpp" line="1513"/>
        <source>No passphrase on standard input.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/instancecommands.cpp" line="1516"/>
        <source>The passphrase does not decrypt the TLS client key %1; nothing was stored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/instancecommands.cpp" line="1529"/>
        <source>Stored the passphrase as %1, but the engine could not be reached with it: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/instancecommands.cpp" line="1532"/>
        <source>Stored the TLS key passphrase of host %1 in the keychain as %2; the engine accepted the key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/instancecommands.cpp" line="1540"/>
        <source>Checks a host&apos;s Docker engine and PostgreSQL server and compares its instances with the catalog. Changes nothing but status messages.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/instancecommands.cpp" line="1608"/>
        <source>Docker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/instancecommands.cpp" line="1608"/>
        <source>%1 (API %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/instancecommands.cpp" line="1608"/>
        <source>unreachable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/instancecommands.cpp" line="1609"/>
        <source>PostgreSQL role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/instancecommands.cpp" line="1611"/>
        <source>warning: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/instancecommands.cpp" line="1617"/>
        <source>drift: %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/instancecommands.cpp" line="1617"/>
        <source>drift: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/instancecommands.cpp" line="1621"/>
        <source>problem: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/instancecommands.cpp" line="1681"/>
        <source>Usage: saasodoo instance COMMAND [options]
Commands: create, list, show, logs, %1.
Run &apos;saasodoo instance COMMAND --help&apos; for the options of one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/instancecommands.cpp" line="1687"/>
        <source>saasodoo instance: unknown action &apos;%1&apos;. Use create, list, show, logs or %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/jobsignals.cpp" line="80"/>
        <source>Received %1: cancelling job %2, which cleans up before it ends. Send the signal again to quit at once, then run &apos;saasodoo job cleanup %2&apos;.</source>
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
        <location filename="../core/docker/dockererror.cpp" line="122"/>
        <source>Docker is not reachable at %1: the host name %2 could not be resolved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/docker/dockererror.cpp" line="125"/>
        <source>Docker is not reachable at %1: connecting timed out after %2 s, so the request to %3 was not sent. Check that the host is up and that no firewall drops the connection.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/docker/dockererror.cpp" line="131"/>
        <source>The Docker engine at %1 sent no data for %2 s during the request to %3, so the request timed out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/docker/dockererror.cpp" line="137"/>
        <source>The Docker engine at %1 accepted the request to %3 but did not answer within %2 s, so the request timed out. The engine may still carry it out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/docker/dockererror.cpp" line="145"/>
        <source>The Docker engine at %1 requires a client certificate, but none is configured. Set the endpoint&apos;s cert.pem and key.pem.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/docker/dockererror.cpp" line="149"/>
        <source>The Docker engine at %1 rejected the client certificate %2 (&quot;%3&quot;): it is not signed by a CA that the engine trusts, or it has expired.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/docker/dockererror.cpp" line="152"/>
        <source>subject unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/docker/dockererror.cpp" line="154"/>
        <source>The client certificate %1 or its key for %2 could not be loaded. Check that both files are PEM, that they belong together, and the key&apos;s passphrase.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/docker/dockererror.cpp" line="158"/>
        <source>The CA file %1 for %2 could not be read. Check that it exists and is PEM.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/docker/dockererror.cpp" line="161"/>
        <source>The TLS handshake with the Docker engine at %1 failed. Check that it listens with TLS and that the endpoint&apos;s certificates match it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/docker/dockererror.cpp" line="165"/>
        <source>The Docker engine at %1 closed the connection without a complete reply.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/docker/dockererror.cpp" line="169"/>
        <source>The request to the Docker engine at %1 failed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/docker/dockererror.cpp" line="185"/>
        <source>The object does not exist on this engine.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/docker/dockererror.cpp" line="187"/>
        <source>The request conflicts with the object&apos;s current state or name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/docker/dockererror.cpp" line="189"/>
        <source>The engine failed internally; its log has the details.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/docker/dockererror.cpp" line="191"/>
        <source>Could not %1: the Docker engine returned HTTP %2: %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/docker/dockererror.cpp" line="214"/>
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
        <location filename="../core/docker/containerapi.cpp" line="44"/>
        <source>no container ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/docker/containerapi.cpp" line="50"/>
        <source>start container %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/docker/containerapi.cpp" line="59"/>
        <source>stop container %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/docker/containerapi.cpp" line="71"/>
        <source>restart container %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/docker/containerapi.cpp" line="83"/>
        <source>kill container %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/docker/containerapi.cpp" line="95"/>
        <source>remove container %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/docker/containerapi.cpp" line="106"/>
        <source>inspect container %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/docker/containerapi.cpp" line="118"/>
        <source>list containers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/docker/containerapi.cpp" line="142"/>
        <source>wait for container %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/docker/containerapi.cpp" line="179"/>
        <source>update the limits of container %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/docker/dockerclient.cpp" line="144"/>
        <source>ping the Docker engine at %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/docker/dockerclient.cpp" line="184"/>
        <source>negotiate the API version with %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/docker/dockerclient.cpp" line="185"/>
        <source>The Docker engine at %1 speaks API %2, but this console needs API %3 or newer (Docker 20.10 or newer). Upgrade Docker on that host.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/docker/dockerclient.cpp" line="227"/>
        <source>read the Docker engine version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/docker/dockerclient.cpp" line="238"/>
        <source>read the Docker engine information</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/docker/dockerclient.cpp" line="250"/>
        <source>list images</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/docker/dockerclient.cpp" line="269"/>
        <source>inspect image %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/docker/dockerclient.cpp" line="291"/>
        <source>import image %1:%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/docker/dockerclient.cpp" line="325"/>
        <source>no image ID in the progress stream</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/docker/dockerclient.cpp" line="331"/>
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
        <location filename="../core/docker/resourceapi.cpp" line="32"/>
        <source>inspect volume %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/docker/resourceapi.cpp" line="44"/>
        <source>list volumes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/docker/resourceapi.cpp" line="64"/>
        <source>remove volume %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/docker/resourceapi.cpp" line="74"/>
        <source>create network %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/docker/resourceapi.cpp" line="92"/>
        <source>inspect network %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/docker/resourceapi.cpp" line="104"/>
        <source>list networks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/docker/resourceapi.cpp" line="123"/>
        <source>remove network %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/docker/resourceapi.cpp" line="132"/>
        <source>connect container %1 to network %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/docker/resourceapi.cpp" line="149"/>
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
        <location filename="../core/docker/streamapi.cpp" line="87"/>
        <source>follow the resource usage of container %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/docker/streamapi.cpp" line="106"/>
        <source>a stats sample is not JSON</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/docker/streamapi.cpp" line="108"/>
        <source>a stats sample is too long</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/docker/streamapi.cpp" line="115"/>
        <source>run %1 in container %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/docker/streamapi.cpp" line="117"/>
        <source>Could not %1: the command is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/docker/streamapi.cpp" line="125"/>
        <source>no exec ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/docker/streamapi.cpp" line="132"/>
        <source>run exec %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/docker/streamapi.cpp" line="146"/>
        <source>read the exit code of exec %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/docker/streamapi.cpp" line="164"/>
        <source>Could not %1: the process still runs 5 s after its output ended.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/docker/streamapi.cpp" line="193"/>
        <source>read %1 in container %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/docker/streamapi.cpp" line="203"/>
        <source>no such container or path: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/docker/streamapi.cpp" line="209"/>
        <source>the X-Docker-Container-Path-Stat header is missing or invalid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/docker/streamapi.cpp" line="216"/>
        <source>copy %1 out of container %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/docker/streamapi.cpp" line="229"/>
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
        <location filename="../core/docker/transport.cpp" line="404"/>
        <source>Could not %1: libcurl could not allocate a handle.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/docker/transport.cpp" line="521"/>
        <source>Could not %1: reading the data to upload failed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>saasodoo::jobs::JobRunner</name>
    <message>
        <location filename="../core/jobs/jobrunner.cpp" line="54"/>
        <source>The console closed before the job started.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/jobs/jobrunner.cpp" line="108"/>
        <source>The process running this job stopped before it ended.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/jobs/jobrunner.cpp" line="110"/>
        <source>%1 Resume it or clean up after it (saasodoo job resume|cleanup %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/jobs/jobrunner.cpp" line="112"/>
        <source>%1 Finish it with &apos;saasodoo job resume %2&apos;, or dismiss it with &apos;saasodoo job cancel %2&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/jobs/jobrunner.cpp" line="116"/>
        <source>%1 Clean up after it with &apos;saasodoo job cleanup %2&apos;, then run the action again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/jobs/jobrunner.cpp" line="118"/>
        <source>%1 It has no instance to clean up after: dismiss it with &apos;saasodoo job cancel %2&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/jobs/jobrunner.cpp" line="158"/>
        <source>Cancel requested.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/jobs/jobrunner.cpp" line="160"/>
        <source>Cancelled by the admin before it started.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/jobs/jobrunner.cpp" line="267"/>
        <source>Started: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/jobs/jobrunner.cpp" line="274"/>
        <source>Internal error in the job: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/jobs/jobrunner.cpp" line="276"/>
        <source>Internal error in the job.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/jobs/jobrunner.cpp" line="311"/>
        <source>Finished.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/jobs/jobrunner.cpp" line="312"/>
        <source>Cancelled: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/jobs/jobrunner.cpp" line="313"/>
        <source>Failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/jobs/jobrunner.cpp" line="349"/>
        <source>Step %1 of %2 continues: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/jobs/jobrunner.cpp" line="367"/>
        <source>Step %1 of %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/jobs/jobrunner.cpp" line="368"/>
        <source>Step %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>saasodoo::jobs::JobScheduler</name>
    <message>
        <location filename="../core/jobs/jobscheduler.cpp" line="59"/>
        <source>The previous scheduled run (job %1, %2) is still running; this round is skipped.</source>
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
        <location filename="../core/postgres/instancedatabase.cpp" line="118"/>
        <source>PostgreSQL at %1 did not report the connected role.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/postgres/instancedatabase.cpp" line="128"/>
        <source>The role %1 on %2 is a superuser. The console refuses superuser credentials: a provisioning job holding them could read or destroy every customer&apos;s database. Create a role with CREATEDB CREATEROLE and without SUPERUSER, or set the host&apos;s superuser override if you accept the risk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/postgres/instancedatabase.cpp" line="135"/>
        <source>The role %1 is a superuser; the host&apos;s override allows it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/postgres/instancedatabase.cpp" line="142"/>
        <source>The role %1 on %2 lacks %3, which the console needs to create each instance&apos;s database and role. Run: ALTER ROLE %1 %3;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/postgres/instancedatabase.cpp" line="147"/>
        <source>PostgreSQL %1 lets a role with CREATEROLE grant itself built-in roles such as pg_execute_server_program, which reach the server&apos;s shell. PostgreSQL 16 or newer limits CREATEROLE to the roles it created; upgrade the server when you can.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/postgres/instancedatabase.cpp" line="194"/>
        <source>A database named %1 already exists on %2. Choose another database name, or restore into the existing one explicitly.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/postgres/instancedatabase.cpp" line="198"/>
        <source>A role named %1 already exists on %2; it may belong to another instance.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/postgres/instancedatabase.cpp" line="257"/>
        <source>PostgreSQL did not apply the privileges on %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/postgres/instancedatabase.cpp" line="270"/>
        <source>The role %1 cannot connect to the postgres database on %2, so the Odoo container would wait for it and exit. Grant CONNECT on database postgres to PUBLIC or to the instance roles.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/postgres/instancedatabase.cpp" line="307"/>
        <source>%1 Dropping it without FORCE after closing the sessions of role %2 failed too: %3</source>
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
        <location filename="../core/provisioning/instanceplan.cpp" line="63"/>
        <source>Module %1 is both in the addons to install and in the disabled modules. Remove it from one of the two lists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/provisioning/instanceplan.cpp" line="68"/>
        <source>Instance %1 has no database name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/provisioning/provisioner.cpp" line="147"/>
        <source>The engine sent no tar header for /var/lib/odoo.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/provisioning/provisioner.cpp" line="154"/>
        <source>Could not read the owner of /var/lib/odoo from the image.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/provisioning/provisioner.cpp" line="266"/>
        <source>Cancelled by the admin.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/provisioning/provisioner.cpp" line="281"/>
        <source>The Odoo container was killed for running out of memory before it responded, and the engine is restarting it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../core/provisioning/provisioner.cpp" line="286"/>
        <source>The Odoo container exited before it responded, and the engine restarted it (%n restart(s)).</source>
        <translation>
            <numerusform>The Odoo container exited before it responded, and the engine restarted it (%n restart).</numerusform>
            <numerusform>The Odoo container exited before it responded, and the engine restarted it (%n restarts).</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../core/provisioning/provisioner.cpp" line="289"/>
        <source>The Odoo container exited with code %1 before it responded, and the engine is restarting it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/provisioning/provisioner.cpp" line="296"/>
        <source>The Odoo container was killed for running out of memory before it answered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/provisioning/provisioner.cpp" line="297"/>
        <source>The Odoo container stopped with exit code %1 before it answered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/provisioning/provisioner.cpp" line="301"/>
        <source>Odoo did not answer %1/web/health within %2 s (last result: %3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/provisioning/provisioner.cpp" line="336"/>
        <source>Database %1 has no admin user (base.user_admin) after the initialisation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/provisioning/provisioner.cpp" line="362"/>
        <source>Module %1 is not available in image %2: Odoo has no addon of that name and ignored it. Check the name, or add the addon to the image.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/provisioning/provisioner.cpp" line="366"/>
        <source>Module %1 is %2 after the initialisation instead of installed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/provisioning/provisioner.cpp" line="371"/>
        <source>Module %1 to disable is not available in image %2: Odoo has no addon of that name. Check the name in --disable.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/provisioning/provisioner.cpp" line="388"/>
        <source>the requested modules</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/provisioning/provisioner.cpp" line="390"/>
        <source>Module %1 is disabled for this instance, but it is installed after the module update, as a dependency of %2. Uninstall it in Odoo, or remove it from the disabled modules.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/provisioning/provisioner.cpp" line="394"/>
        <source>Module %1 is disabled for this instance, but the initialisation installed it as a dependency of %2. Remove it from the disabled modules, or drop the addons that need it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../core/provisioning/provisioner.cpp" line="465"/>
        <source>%n container(s) are attached to it</source>
        <translation>
            <numerusform>%n container are attached to it</numerusform>
            <numerusform>%n containers are attached to it</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../core/provisioning/provisioner.cpp" line="473"/>
        <source>container %1 is configured for it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/provisioning/provisioner.cpp" line="490"/>
        <source>instance %1 on the same host is %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/provisioning/provisioner.cpp" line="509"/>
        <source>Left network %1 in place: could not check what uses it: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/provisioning/provisioner.cpp" line="513"/>
        <source>Network %1 stays: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/provisioning/provisioner.cpp" line="520"/>
        <source>Left network %1 in place: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/provisioning/provisioner.cpp" line="538"/>
        <location filename="../core/provisioning/provisioner.cpp" line="563"/>
        <source>Could not check network %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/provisioning/provisioner.cpp" line="542"/>
        <source>Left network %1 alone: its label does not name job %2, which recorded creating it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/provisioning/provisioner.cpp" line="551"/>
        <source>Removed network %1, which this instance&apos;s create made.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/provisioning/provisioner.cpp" line="572"/>
        <source>Removed network %1: the console made it and no other instance uses it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/provisioning/provisioner.cpp" line="632"/>
        <source>Cannot retry instance %1: it was created and has run before, so it contains data that a new create would destroy. Use start, stop, restart or delete instead, for example &apos;saasodoo instance start %1&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/provisioning/provisioner.cpp" line="729"/>
        <source>Left %1 %2 alone: it was created on PostgreSQL server %3, and host %4 now uses %5. It stays on %3 until you drop it there (DROP %6 %7).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/provisioning/provisioner.cpp" line="736"/>
        <source>on %1: DROP %2 %3;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/provisioning/provisioner.cpp" line="759"/>
        <source>Left database %1 and role %2 alone: instance %3 uses them on the same PostgreSQL server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/provisioning/provisioner.cpp" line="770"/>
        <source>Left database %1 alone: it is owned by %2, not by the instance&apos;s role %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/provisioning/provisioner.cpp" line="774"/>
        <source>Left database %1 alone: this instance&apos;s jobs did not create it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/provisioning/provisioner.cpp" line="792"/>
        <source>Left database %1 alone: its comment &quot;%2&quot; names no job that recorded it, so the console did not create it. Drop it by hand if it is a leftover.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/provisioning/provisioner.cpp" line="803"/>
        <source>Left role %1 alone: its comment &quot;%2&quot; names no job that recorded it, so the console did not create it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/provisioning/provisioner.cpp" line="825"/>
        <source>Dropped database %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/provisioning/provisioner.cpp" line="829"/>
        <source>Dropped role %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/provisioning/provisioner.cpp" line="905"/>
        <source>Could not close the instance&apos;s older interrupted jobs: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/provisioning/provisioner.cpp" line="916"/>
        <source>Interrupted; superseded by job %1, which created the instance.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/provisioning/provisioner.cpp" line="918"/>
        <source>Could not close interrupted job %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/provisioning/provisioner.cpp" line="922"/>
        <source>Closed interrupted job %1: this job supersedes it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/provisioning/provisioner.cpp" line="1011"/>
        <source>Module %1 is not known to the instance&apos;s database. Check its name; nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/provisioning/provisioner.cpp" line="1016"/>
        <source>Module %1 is not installed (its state is %2), and an update only updates installed modules. Install it in Odoo, or leave it out; nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/provisioning/provisioner.cpp" line="1047"/>
        <source>Cannot retry instance %1: job %2 is creating it now. Follow it with &apos;saasodoo job show %2&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/provisioning/provisioner.cpp" line="2901"/>
        <source>Could not apply the catalog&apos;s limits to container %1 on host %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/provisioning/provisioner.cpp" line="2862"/>
        <source>Left container %1 alone: it does not belong to this instance.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/provisioning/provisioner.cpp" line="2910"/>
        <source>Could not write the Odoo configuration of instance %1: a password is not available from the keychain: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/provisioning/provisioner.cpp" line="2916"/>
        <source>Could not write the Odoo configuration into container %1 on host %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/provisioning/provisioner.cpp" line="2921"/>
        <source>%1 CPU cores, %2 of memory, %3 workers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/provisioning/provisioner.cpp" line="2930"/>
        <source>Job %1 was interrupted. The clean-up recreated the container with the limits in the catalog (%2) and left it stopped. Start it with &apos;saasodoo instance start %3&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/provisioning/provisioner.cpp" line="2936"/>
        <source>Job %1 was interrupted. The clean-up gave the container the limits in the catalog (%2) and wrote them into Odoo&apos;s configuration, which Odoo reads when it restarts: &apos;saasodoo instance restart %3&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/provisioning/provisioner.cpp" line="2940"/>
        <source>Job %1 was interrupted. The clean-up gave the container the limits in the catalog (%2) and wrote them into Odoo&apos;s configuration.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/provisioning/provisioner.cpp" line="2948"/>
        <source>Job %1 was interrupted. The clean-up recreated the container with the environment variables in the catalog and left it stopped. Start it with &apos;saasodoo instance start %2&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/provisioning/reconciler.cpp" line="62"/>
        <source>Container %1 no longer exists on the host; it was removed outside the console.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/provisioning/reconciler.cpp" line="73"/>
        <source>The container is running, so the status was set from error back to running. The error was: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/provisioning/reconciler.cpp" line="83"/>
        <source>The container was killed for running out of memory (limit %1 MiB).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/provisioning/reconciler.cpp" line="84"/>
        <source>The container stopped outside the console with exit code %1 at %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/provisioning/reconciler.cpp" line="91"/>
        <source>The container was started outside the console while the instance was %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/provisioning/reconciler.cpp" line="97"/>
        <source>Database %1 is missing on the PostgreSQL server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/provisioning/reconciler.cpp" line="102"/>
        <source>The engine restarted the container %1 times after it exited.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/provisioning/reconciler.cpp" line="168"/>
        <source>job %1 (%2, %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/provisioning/reconciler.cpp" line="180"/>
        <source>Helper container %1 (%2) was left behind by a backup or restore. Remove it with &apos;docker rm -f -v %1&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/provisioning/reconciler.cpp" line="182"/>
        <source>Helper container %1 (%2) was left behind by %3. Run &apos;saasodoo job cleanup %4&apos;, which removes it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/provisioning/dockeraccess.cpp" line="71"/>
        <source>The TLS client key %1 of host %2 is encrypted, and no keychain is open to read its passphrase.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/provisioning/dockeraccess.cpp" line="80"/>
        <source>The TLS client key %1 of host %2 is encrypted, but its passphrase could not be read from the keychain: %3 Store it with &quot;saasodoo host set-tls-passphrase %2&quot; or in the host&apos;s settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/provisioning/dockeraccess.cpp" line="118"/>
        <source>the engine at %1 did not answer, so the console cannot confirm that %2 reaches the same engine (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/provisioning/dockeraccess.cpp" line="123"/>
        <source>the engine at %1 did not answer (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/provisioning/dockeraccess.cpp" line="125"/>
        <source>%1 reaches another engine (%2 on %3, data root %4, not %5 on %6, data root %7)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/provisioning/dockeraccess.cpp" line="133"/>
        <source>%1 reaches another engine: it does not show container %2 of instance %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/provisioning/dockeraccess.cpp" line="170"/>
        <source>The Docker endpoint of host %1 cannot change while it has instances that are not deleted (%2): %3. Their containers and volumes stay on the engine at %4, where delete and the lifecycle actions would no longer reach them. Delete the instances first, or give an endpoint of the same engine.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/provisioning/dockeraccess.cpp" line="198"/>
        <source>Port range %1-%2 of host %3 overlaps range %4-%5 of host %6, which uses the same Docker engine, so their instances would compete for the same ports. Choose a range outside %4-%5.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/provisioning/dockeraccess.cpp" line="230"/>
        <source>%1 (port %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/provisioning/dockeraccess.cpp" line="234"/>
        <source>Port range %1-%2 of host %3 leaves out ports that its instances publish: %4. Choose a range that contains them, or delete those instances first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/provisioning/containerfeeds.cpp" line="41"/>
        <source>Instance %1 has no container yet: wait for its create job, or retry it from the Jobs pane.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/provisioning/hostcapacity.cpp" line="45"/>
        <source>%1 GiB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/provisioning/hostcapacity.cpp" line="45"/>
        <source>%1 MiB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/provisioning/hostcapacity.cpp" line="80"/>
        <source>Host %1 is not reachable: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/provisioning/hostcapacity.cpp" line="135"/>
        <location filename="../core/provisioning/hostcapacity.cpp" line="142"/>
        <source>it is registered with %1 (its engine has %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/provisioning/hostcapacity.cpp" line="136"/>
        <source>its engine has only %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/provisioning/hostcapacity.cpp" line="137"/>
        <source>Host %1 cannot take %2 CPU cores: %3. Lower the CPU limit or choose another host.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/provisioning/hostcapacity.cpp" line="144"/>
        <source>its engine has %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/provisioning/hostcapacity.cpp" line="145"/>
        <source>Host %1 cannot take %2 of memory: %3, and its %4 instances reserve %5, so %6 are free. Lower the memory limit or choose another host.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/provisioning/hostcapacity.cpp" line="186"/>
        <source>No free port in range %1-%2 on host %3: other instances use them all. Widen the host&apos;s port range (saasodoo host edit %3 --ports FIRST-LAST) or delete unused instances.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/provisioning/hostcapacity.cpp" line="203"/>
        <source>%1 is %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/provisioning/hostcapacity.cpp" line="221"/>
        <source>No host is registered. Add one with &apos;saasodoo host add&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/provisioning/hostcapacity.cpp" line="222"/>
        <source>No host can take an instance with %1 CPU cores and %2 of memory:
%3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/provisioning/instancedefaults.cpp" line="35"/>
        <location filename="../core/provisioning/instancedefaults.cpp" line="52"/>
        <location filename="../core/provisioning/provisioner.cpp" line="2509"/>
        <source>CPU limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/provisioning/instancedefaults.cpp" line="38"/>
        <location filename="../core/provisioning/instancedefaults.cpp" line="54"/>
        <location filename="../core/provisioning/provisioner.cpp" line="2511"/>
        <source>Memory limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/provisioning/instancedefaults.cpp" line="41"/>
        <location filename="../core/provisioning/instancedefaults.cpp" line="56"/>
        <source>Storage limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/provisioning/instancedefaults.cpp" line="69"/>
        <source>Could not write the settings file %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/provisioning/instanceobjects.cpp" line="35"/>
        <source>Could not update the instance&apos;s object ledger in the catalog: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/provisioning/instanceobjects.cpp" line="119"/>
        <source>The catalog lists an object of unknown kind %1 for instance %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/provisioning/instanceobjects.cpp" line="155"/>
        <source>Could not read the instance&apos;s audit trail from the catalog: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>saasodoo::provisioning::Provisioner</name>
    <message>
        <location filename="../core/provisioning/provisioner.cpp" line="1123"/>
        <source>Instance %1 is %2; only a new instance or one whose creation failed can be created.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/provisioning/provisioner.cpp" line="1177"/>
        <source>Instance %1 on host %2: database %3, image %4, %5 workers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/provisioning/provisioner.cpp" line="1153"/>
        <location filename="../core/provisioning/provisioner.cpp" line="1194"/>
        <location filename="../core/provisioning/provisioner.cpp" line="1336"/>
        <source>Step &quot;%1&quot; failed: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/provisioning/provisioner.cpp" line="1195"/>
        <source>Removing what this run created.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/provisioning/provisioner.cpp" line="1315"/>
        <source>Could not drop database %1 and role %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/provisioning/provisioner.cpp" line="1338"/>
        <location filename="../core/provisioning/provisioner.cpp" line="2122"/>
        <source>Last container log lines:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/provisioning/provisioner.cpp" line="1160"/>
        <location filename="../core/provisioning/provisioner.cpp" line="1365"/>
        <source>Could not record the failure on the instance: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/provisioning/provisioner.cpp" line="1248"/>
        <location filename="../core/provisioning/provisioner.cpp" line="1263"/>
        <source>container %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/provisioning/provisioner.cpp" line="1272"/>
        <location filename="../core/provisioning/provisioner.cpp" line="1283"/>
        <location filename="../core/provisioning/provisioner.cpp" line="1289"/>
        <source>volume %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/provisioning/provisioner.cpp" line="1299"/>
        <source>Could not remove %1 on host %2 yet; trying again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/provisioning/provisioner.cpp" line="1377"/>
        <source>Image %1 is not on host %2. Pull or build it there first (docker pull %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/provisioning/provisioner.cpp" line="1417"/>
        <location filename="../core/provisioning/provisioner.cpp" line="3204"/>
        <source>The PostgreSQL password of host %1 is not available: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/provisioning/provisioner.cpp" line="1442"/>
        <source>Using the keychain entry %1 that already exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/provisioning/provisioner.cpp" line="1480"/>
        <source>A database named %1 already exists on %2. Choose another database name, or restore into the existing one explicitly.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/provisioning/provisioner.cpp" line="1484"/>
        <source>A role named %1 already exists on %2; it may belong to another instance.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/provisioning/provisioner.cpp" line="1509"/>
        <source>Created role %1 and database %2; only that role may connect to it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/provisioning/provisioner.cpp" line="1537"/>
        <source>Created network %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/provisioning/provisioner.cpp" line="1548"/>
        <source>Network %1 was removed while this job was using it; making it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/provisioning/provisioner.cpp" line="1568"/>
        <source>Volume %1 already exists on host %2 and belongs to %3. Remove or rename it first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/provisioning/provisioner.cpp" line="1570"/>
        <source>something else</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/provisioning/provisioner.cpp" line="1570"/>
        <source>instance %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/provisioning/provisioner.cpp" line="1635"/>
        <source>Running: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/provisioning/provisioner.cpp" line="1660"/>
        <source>Cancelled by the admin.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/provisioning/provisioner.cpp" line="1662"/>
        <source>Odoo&apos;s database initialisation did not finish within %1 s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/provisioning/provisioner.cpp" line="1670"/>
        <source>Odoo&apos;s database initialisation ran out of memory: the kernel killed it at the instance&apos;s memory limit of %1 MiB (exit code %2). Create the instance with a larger --memory.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/provisioning/provisioner.cpp" line="1676"/>
        <source>The run wrote no log lines before it was killed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/provisioning/provisioner.cpp" line="1679"/>
        <source>Odoo&apos;s database initialisation exited with code %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/provisioning/provisioner.cpp" line="1689"/>
        <source>Installed modules: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/provisioning/provisioner.cpp" line="1703"/>
        <source>Admin login set to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/provisioning/provisioner.cpp" line="1767"/>
        <source>Port %1 on host %2 is in use by a program outside the catalog; trying the next free port of the range.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/provisioning/provisioner.cpp" line="1776"/>
        <source>No free port in range %1-%2 on host %3: every port that no instance in the catalog uses was tried (%4), and programs outside the catalog hold them all. Free a port or widen the range with &apos;saasodoo host edit %3 --ports FIRST-LAST&apos;. Last error: %5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/provisioning/provisioner.cpp" line="1796"/>
        <source>Waiting for Odoo to answer (job %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/provisioning/provisioner.cpp" line="1895"/>
        <source>role %1 also owns database(s) %2, which are not this instance&apos;s. Drop them or change their owner, then delete again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/provisioning/provisioner.cpp" line="1906"/>
        <source>Taking a final backup of %1 before anything is removed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/provisioning/provisioner.cpp" line="1908"/>
        <source>the final backup failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/provisioning/provisioner.cpp" line="1920"/>
        <source>Deleting (job %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/provisioning/provisioner.cpp" line="1956"/>
        <source>Removing helper container %1, which a backup or restore left behind.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/provisioning/provisioner.cpp" line="2003"/>
        <source>Could not drop database %1, a copy that a restore kept: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/provisioning/provisioner.cpp" line="2004"/>
        <source>Dropped database %1, the copy from before a restore.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/provisioning/provisioner.cpp" line="2081"/>
        <source>%1 in progress (job %2). If that job stops before it ends, repair the instance with &apos;saasodoo job cleanup %2&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/provisioning/provisioner.cpp" line="2109"/>
        <source>%1 did not complete: %2 Whether the container changed is unknown, so the instance keeps its status (%3). Once the engine answers again, &apos;saasodoo host check %4&apos; reads the container&apos;s state and records a difference on the instance. Then run the action again if it is still needed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/provisioning/provisioner.cpp" line="2115"/>
        <source>%1 was cancelled before the engine confirmed it, so the container&apos;s state is unknown until the host is reconciled: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/provisioning/provisioner.cpp" line="2272"/>
        <source>Port %1 of instance %2 on host %3 is in use by a program outside the catalog; moving the instance to a free port of range %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/provisioning/provisioner.cpp" line="2281"/>
        <source>Free port %1 or widen the range with &apos;saasodoo host edit %2 --ports FIRST-LAST&apos;, then start the instance again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/provisioning/provisioner.cpp" line="2286"/>
        <source>Port %1 of instance %2 is in use by a program outside the catalog, and no other port of range %3 on host %4 is free. %5 (%6)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/provisioning/provisioner.cpp" line="2306"/>
        <source>Could not give instance %1 its port %2 back in the catalog: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/provisioning/provisioner.cpp" line="2309"/>
        <source>another instance took it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/provisioning/provisioner.cpp" line="2316"/>
        <source>Could not create the container of instance %1 again on port %2: %3 The next start creates it from the catalog.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/provisioning/provisioner.cpp" line="2361"/>
        <source>Moved instance %1 on host %2 from port %3 to port %4, because a program outside the catalog uses port %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/provisioning/provisioner.cpp" line="2373"/>
        <source>Port %1 on host %2 is in use by a program outside the catalog too; trying the next free port of the range.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/provisioning/provisioner.cpp" line="2378"/>
        <source>Port %1 of instance %2 is in use by a program outside the catalog, and so are the other free ports of range %3 on host %4 (%5). %6</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/provisioning/provisioner.cpp" line="2553"/>
        <source>Limits not changed: the database password of instance %1 is not available: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/provisioning/provisioner.cpp" line="2558"/>
        <source>Limits not changed: the master password of instance %1 is not available: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/provisioning/provisioner.cpp" line="2603"/>
        <source>Could not put the previous limits back on container %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/provisioning/provisioner.cpp" line="2605"/>
        <source>Limits not changed: could not write the Odoo configuration into container %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/provisioning/provisioner.cpp" line="2611"/>
        <source>Odoo configuration written: %1 workers, %2 cron threads.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/provisioning/provisioner.cpp" line="2632"/>
        <source>Odoo&apos;s settings did not change, so the container was not restarted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/provisioning/provisioner.cpp" line="2637"/>
        <source>The instance is stopped; Odoo reads the new settings when it starts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/provisioning/provisioner.cpp" line="2644"/>
        <source>Restarting container %1 so Odoo reads the new settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/provisioning/provisioner.cpp" line="2655"/>
        <source>Workers change from %1 to %2, so container %3 is created again on the same volume and port.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/provisioning/provisioner.cpp" line="2676"/>
        <source>The instance is stopped; the new container stays stopped until it starts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/provisioning/provisioner.cpp" line="2789"/>
        <source>Could not read the modules of the instance&apos;s database: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/provisioning/provisioner.cpp" line="2826"/>
        <source>Could not check the disabled modules: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/provisioning/provisioner.cpp" line="2983"/>
        <source>Instance %1 is deleted; nothing to clean up.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/provisioning/provisioner.cpp" line="2988"/>
        <source>Instance %1 is %2: its creation finished, so there is nothing to undo.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/provisioning/provisioner.cpp" line="2997"/>
        <source>Instance %1 was taken over by the later job %2 (%3), so job %4 has nothing left to undo. Dismiss it with &apos;saasodoo job cancel %4&apos;. To remove the instance, delete it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/provisioning/provisioner.cpp" line="3082"/>
        <source>Could not check container %1 on host %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/provisioning/provisioner.cpp" line="3093"/>
        <source>Left container %1 alone: no create job of the instance made it, although the ledger lists its name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/provisioning/provisioner.cpp" line="3102"/>
        <source>Could not remove container %1 on host %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/provisioning/provisioner.cpp" line="3105"/>
        <source>Removed container %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/provisioning/provisioner.cpp" line="3113"/>
        <source>Instance %1 was created by an earlier job, so its container and volume %2 stay.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/provisioning/provisioner.cpp" line="3133"/>
        <source>Volume %1 has no labels; the engine made it for a container that the interrupted job requested, so it is removed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/provisioning/provisioner.cpp" line="3148"/>
        <source>Left volume %1 alone: no create job of the instance recorded making it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/provisioning/provisioner.cpp" line="3151"/>
        <source>Left volume %1 alone: its label names job %2, which the ledger does not list as having created it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/provisioning/provisioner.cpp" line="3165"/>
        <source>Could not remove volume %1 on host %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/provisioning/provisioner.cpp" line="3168"/>
        <source>Removed volume %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/provisioning/provisioner.cpp" line="3172"/>
        <source>Could not check volume %1 on host %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/provisioning/provisioner.cpp" line="3248"/>
        <source>Instance %1 is %2; its status stays.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/provisioning/provisioner.cpp" line="3254"/>
        <source>Restore as a new instance was interrupted, and what it had created was removed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/provisioning/provisioner.cpp" line="3256"/>
        <source>A retry of this instance was interrupted and cleaned up; the instance&apos;s data was kept. Start it with &apos;saasodoo instance start %1&apos;, or delete it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/provisioning/provisioner.cpp" line="3260"/>
        <source>Creation was interrupted and cleaned up. Retry it with &apos;saasodoo instance retry %1&apos;, or delete it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/provisioning/provisioner.cpp" line="3262"/>
        <source>Job %1 was interrupted; the container may be in any state. Check the host with &apos;saasodoo host check&apos;, start the instance with &apos;saasodoo instance start %2&apos;, then run the action again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/provisioning/provisioner.cpp" line="1140"/>
        <source>Instance %1 is being created by job %2, so this job stopped without a change. Follow it with &apos;saasodoo job show %2&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/provisioning/provisioner.cpp" line="1144"/>
        <source>Creating (job %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/provisioning/provisioner.cpp" line="1146"/>
        <source>Instance %1 changed while this job started, so it stopped without a change: %2 Check it with &apos;saasodoo instance show %1&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/provisioning/provisioner.cpp" line="1204"/>
        <source>Rollback on host %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/provisioning/provisioner.cpp" line="1231"/>
        <source>containers labelled for job %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/provisioning/provisioner.cpp" line="1239"/>
        <source>containers recorded for job %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/provisioning/provisioner.cpp" line="1256"/>
        <source>Left container %1 alone: job %2 did not create it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/provisioning/provisioner.cpp" line="1317"/>
        <source>database %1 and role %2 on %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/provisioning/provisioner.cpp" line="1342"/>
        <source>Left on host %1 after trying to remove them for %2 s: %3. The job log has each error. Remove them with &apos;saasodoo instance delete %4 --yes&apos; once the engine answers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/provisioning/provisioner.cpp" line="1350"/>
        <source>Left %1, which PostgreSQL did not let this job drop. &apos;saasodoo instance retry %2&apos; drops them before it creates them again, and &apos;saasodoo instance delete %2 --yes&apos; drops them too.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/provisioning/provisioner.cpp" line="1476"/>
        <source>Could not drop database %1 and role %2 left over by an earlier job: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/provisioning/provisioner.cpp" line="1561"/>
        <source>Could not remove a container left over by an earlier job: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/provisioning/provisioner.cpp" line="1581"/>
        <source>Volume %1 already exists on host %2 with this instance&apos;s label, but no job of the instance recorded creating it, so it may hold data. Check it, and remove it (docker volume rm %1) only if it is a leftover.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/provisioning/provisioner.cpp" line="1786"/>
        <source>The engine reported no published port for 8069.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/provisioning/provisioner.cpp" line="1810"/>
        <source>Odoo answers at %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/provisioning/provisioner.cpp" line="1820"/>
        <source>Running at %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/provisioning/provisioner.cpp" line="1824"/>
        <source>Instance %1 is running at %2. Admin login: %3 (password in the keychain under %4).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/provisioning/provisioner.cpp" line="1860"/>
        <source>Delete of %1 stopped before any change: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/provisioning/provisioner.cpp" line="1867"/>
        <source>the PostgreSQL password of host %1 is not available (%2). Unlock the keychain or store the password with &apos;saasodoo host set-password %1&apos;, then delete again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/provisioning/provisioner.cpp" line="1927"/>
        <source>Delete failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/provisioning/provisioner.cpp" line="1971"/>
        <location filename="../core/provisioning/provisioner.cpp" line="3085"/>
        <source>Left container %1 alone: it does not belong to this instance.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/provisioning/provisioner.cpp" line="1993"/>
        <location filename="../core/provisioning/provisioner.cpp" line="3170"/>
        <source>Left volume %1 alone: it does not belong to this instance.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/provisioning/provisioner.cpp" line="2019"/>
        <source>Deleted; the catalog keeps this record.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/provisioning/provisioner.cpp" line="2026"/>
        <source>Deleted instance %1, but its database and role are on a PostgreSQL server that host %2 no longer uses. Drop them there as an admin: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/provisioning/provisioner.cpp" line="2100"/>
        <source>%1 instance %2 (was %3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/provisioning/provisioner.cpp" line="2119"/>
        <source>%1 failed: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/provisioning/provisioner.cpp" line="2134"/>
        <source>%1 finished.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/provisioning/provisioner.cpp" line="2184"/>
        <source>The engine reported no published port for 8069: container %1 is %2 (exit code %3), so Odoo did not start.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/provisioning/provisioner.cpp" line="2223"/>
        <source>Container %1 of instance %2 no longer exists on host %3; creating it again from the catalog on the instance&apos;s volume and database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/provisioning/provisioner.cpp" line="2229"/>
        <source>The data volume %1 is gone as well, so the instance&apos;s files and configuration are lost. Restore the instance from a backup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/provisioning/provisioner.cpp" line="2235"/>
        <source>Volume %1 on host %2 does not belong to instance %3, so no container is created on it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/provisioning/provisioner.cpp" line="2255"/>
        <source>Created container %1 for instance %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/provisioning/provisioner.cpp" line="2475"/>
        <source>Suspended; data kept. Resume to start it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/provisioning/provisioner.cpp" line="2476"/>
        <source>Suspended: %1. Data kept; resume to start it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/provisioning/provisioner.cpp" line="2538"/>
        <source>Limits not changed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/provisioning/provisioner.cpp" line="2584"/>
        <source>Could not put the previous limits back in the catalog: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/provisioning/provisioner.cpp" line="2762"/>
        <source>The container did not come up with the new variables: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/provisioning/provisioner.cpp" line="2767"/>
        <source>The new variables were not applied: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/provisioning/provisioner.cpp" line="2769"/>
        <source>Last container log lines with the new variables:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/provisioning/provisioner.cpp" line="2771"/>
        <source>The previous variables are back and the instance is running.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/provisioning/provisioner.cpp" line="2774"/>
        <source>Putting the previous variables back failed too: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/provisioning/provisioner.cpp" line="2784"/>
        <source>Name the modules to update, or &quot;all&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/provisioning/provisioner.cpp" line="2820"/>
        <source>Odoo&apos;s module update exited with code %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/provisioning/provisioner.cpp" line="2832"/>
        <source>Updated modules: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>saasodoo::provisioning::Reconciler</name>
    <message>
        <location filename="../core/provisioning/reconciler.cpp" line="242"/>
        <source>Cancelled by the admin.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/provisioning/reconciler.cpp" line="270"/>
        <source>Container %1 carries the console&apos;s labels for instance %2, which the catalog does not list. It was left as it is.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/provisioning/reconciler.cpp" line="431"/>
        <source>The Docker engine stopped answering: %1</source>
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
        <location filename="../core/storage/s3multipart.cpp" line="352"/>
        <source>Part %1 of %2 failed on attempt %3 of %4: %5 Retrying.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/storage/s3multipart.cpp" line="366"/>
        <source>Multipart upload of &quot;%1&quot; was cancelled at part %2 of %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/storage/s3multipart.cpp" line="371"/>
        <source>Multipart upload of &quot;%1&quot; failed at part %2 of %3: %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/storage/s3multipart.cpp" line="412"/>
        <source>Multipart upload of &quot;%1&quot; completed, but the object on the server does not match: expected %2 bytes with SHA-256 %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/storage/s3multipart.cpp" line="430"/>
        <source>Verification of &quot;%1&quot; failed: the object does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/storage/s3multipart.cpp" line="433"/>
        <source>Verification of &quot;%1&quot; failed: its x-amz-meta-sha256 is &quot;%2&quot;, expected %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/storage/s3multipart.cpp" line="451"/>
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
        <source>%1 timed out at %2 after %4 s without data: %3. Check the network and that the S3 server replies.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/storage/s3transport.cpp" line="373"/>
        <source>%1 failed: could not reach the S3 endpoint %2: %3. Check the endpoint URL and the network.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/storage/s3transport.cpp" line="378"/>
        <source>%1 failed: HTTP %2 %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/storage/s3transport.cpp" line="384"/>
        <source>The secret key does not match the access key, or a proxy changed the request. Check the secret key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/storage/s3transport.cpp" line="387"/>
        <source>The server does not know this access key. Check the access key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/storage/s3transport.cpp" line="392"/>
        <source>This computer&apos;s clock is %1 behind the server&apos;s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/storage/s3transport.cpp" line="393"/>
        <source>This computer&apos;s clock is %1 ahead of the server&apos;s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/storage/s3transport.cpp" line="395"/>
        <source>Correct the system clock (for example, enable NTP).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/storage/s3transport.cpp" line="397"/>
        <source>This computer&apos;s clock differs from the server&apos;s by more than 15 minutes. Correct the system clock.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/storage/s3transport.cpp" line="401"/>
        <source>Create the bucket or correct its name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/storage/s3transport.cpp" line="405"/>
        <source>Check the access key id and the secret access key, and that they may use this bucket.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/storage/s3transport.cpp" line="440"/>
        <source>could not rewind the source to retry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/storage/s3transport.cpp" line="464"/>
        <source>%1 Retrying, attempt %2 of %3.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>saasodoo::ui::BackupTableModel</name>
    <message>
        <location filename="../ui/backuptablemodel.cpp" line="62"/>
        <source>Local and S3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/backuptablemodel.cpp" line="64"/>
        <source>Local</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/backuptablemodel.cpp" line="66"/>
        <source>S3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/backuptablemodel.cpp" line="67"/>
        <source>None</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/backuptablemodel.cpp" line="73"/>
        <source>Manual</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/backuptablemodel.cpp" line="74"/>
        <source>Scheduled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/backuptablemodel.cpp" line="75"/>
        <source>Safety</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/backuptablemodel.cpp" line="76"/>
        <source>Final</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/backuptablemodel.cpp" line="84"/>
        <source>Pending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/backuptablemodel.cpp" line="85"/>
        <source>Running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/backuptablemodel.cpp" line="86"/>
        <source>Completed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/backuptablemodel.cpp" line="87"/>
        <source>Failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/backuptablemodel.cpp" line="88"/>
        <source>Expired</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/backuptablemodel.cpp" line="89"/>
        <source>Deleted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/backuptablemodel.cpp" line="97"/>
        <source>By retention slots</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/backuptablemodel.cpp" line="106"/>
        <source>This backup failed and holds no file. Retention removes its record, and any partial file it left, %n day(s) after it was made.</source>
        <translation>
            <numerusform>This backup failed and holds no file. Retention removes its record, and any partial file it left, %n day after it was made.</numerusform>
            <numerusform>This backup failed and holds no file. Retention removes its record, and any partial file it left, %n days after it was made.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/backuptablemodel.cpp" line="110"/>
        <source>Retention keeps a scheduled backup while it is the newest of one of the instance&apos;s last daily, weekly or monthly periods (its backup policy), and for %n day(s) after a restore reads it.</source>
        <translation>
            <numerusform>Retention keeps a scheduled backup while it is the newest of one of the instance&apos;s last daily, weekly or monthly periods (its backup policy), and for %n day after a restore reads it.</numerusform>
            <numerusform>Retention keeps a scheduled backup while it is the newest of one of the instance&apos;s last daily, weekly or monthly periods (its backup policy), and for %n days after a restore reads it.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/backuptablemodel.cpp" line="115"/>
        <source>This backup failed and holds no file. Retention removes its record, and any partial file it left, after this expiry.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/backuptablemodel.cpp" line="118"/>
        <source>A delete took this backup before it removed the instance. Retention never removes a completed final backup; only an admin can delete it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/backuptablemodel.cpp" line="120"/>
        <source>Retention does not rank manual and safety backups: they stay until this expiry, or until deleted. A restore that reads one moves its expiry to at least %n day(s) later.</source>
        <translation>
            <numerusform>Retention does not rank manual and safety backups: they stay until this expiry, or until deleted. A restore that reads one moves its expiry to at least %n day later.</numerusform>
            <numerusform>Retention does not rank manual and safety backups: they stay until this expiry, or until deleted. A restore that reads one moves its expiry to at least %n days later.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/backuptablemodel.cpp" line="127"/>
        <source>deleted instance %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/backuptablemodel.cpp" line="132"/>
        <source>%1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/backuptablemodel.cpp" line="138"/>
        <source>Cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/backuptablemodel.cpp" line="99"/>
        <source>Never</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/backuptablemodel.cpp" line="24"/>
        <source>Instance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/backuptablemodel.cpp" line="25"/>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/backuptablemodel.cpp" line="27"/>
        <source>Taken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/backuptablemodel.cpp" line="32"/>
        <source>Size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/backuptablemodel.cpp" line="34"/>
        <source>SHA-256</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/backuptablemodel.cpp" line="36"/>
        <source>Odoo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/backuptablemodel.cpp" line="38"/>
        <source>Location</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/backuptablemodel.cpp" line="43"/>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/backuptablemodel.cpp" line="48"/>
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
        <location filename="../ui/backupspane.cpp" line="54"/>
        <source>Retry &amp;archiving to S3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/backupspane.cpp" line="56"/>
        <source>Restore &amp;into…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/backupspane.cpp" line="58"/>
        <source>Restore as &amp;new instance…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/backupspane.cpp" line="60"/>
        <source>&amp;Delete…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/backupspane.cpp" line="62"/>
        <source>&amp;Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/backupspane.cpp" line="73"/>
        <source>All states</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/backupspane.cpp" line="74"/>
        <source>In progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/backupspane.cpp" line="78"/>
        <source>Cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/backupspane.cpp" line="118"/>
        <source>Could not load backups: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/backupspane.cpp" line="144"/>
        <source>%n backup(s)</source>
        <translation>
            <numerusform>%n backup</numerusform>
            <numerusform>%n backups</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/backupspane.cpp" line="169"/>
        <source>No selected backup allows this action.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/backupspane.cpp" line="171"/>
        <source>Submitted %n job(s): follow them in the Jobs dock.</source>
        <translation>
            <numerusform>Submitted %n job: follow them in the Jobs dock.</numerusform>
            <numerusform>Submitted %n jobs: follow them in the Jobs dock.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/backupspane.cpp" line="237"/>
        <source>Delete these backups? Their local files and S3 objects are removed; the catalog keeps a record for the audit trail. This cannot be undone.&lt;ul&gt;%1&lt;/ul&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/backupspane.cpp" line="240"/>
        <source>Delete %n backup(s)</source>
        <translation>
            <numerusform>Delete %n backup</numerusform>
            <numerusform>Delete %n backups</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/backupspane.cpp" line="265"/>
        <source>No chosen instance can be backed up in its current state.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/backupspane.cpp" line="267"/>
        <source>Submitted %n backup job(s): follow them in the Jobs dock.</source>
        <translation>
            <numerusform>Submitted %n backup job: follow them in the Jobs dock.</numerusform>
            <numerusform>Submitted %n backup jobs: follow them in the Jobs dock.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/backupspane.cpp" line="288"/>
        <source>No instance can be backed up now: each must be running or stopped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/backupspane.cpp" line="293"/>
        <source>Back up now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/backupspane.cpp" line="293"/>
        <source>Instance to back up:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/backupspane.cpp" line="312"/>
        <source>Different Odoo version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/backupspane.cpp" line="313"/>
        <source>This backup is from Odoo %1, but %2 runs Odoo %3, which cannot open a database of another version. Restore it as a new instance instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/backupspane.cpp" line="319"/>
        <source>Restore the backup %1 into the instance %2?

The console first takes a safety backup of %2, then restores into a new database and filestore, and switches %2 over only when both are complete. %2 stops for a short time during the switch.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/backupspane.cpp" line="323"/>
        <source>Restore into %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/backupspane.cpp" line="331"/>
        <source>Restoring into %1: follow the job in the Jobs dock.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/backupspane.cpp" line="349"/>
        <source>No instance to restore into</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/backupspane.cpp" line="350"/>
        <source>No instance runs Odoo %1 in a state that allows a restore. Restore the backup as a new instance instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/backupspane.cpp" line="356"/>
        <source>Restore into</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/backupspane.cpp" line="357"/>
        <source>Instance to restore into (Odoo %1):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/backupspane.cpp" line="367"/>
        <source>Instance name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/backupspane.cpp" line="369"/>
        <source>Invalid name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/backupspane.cpp" line="377"/>
        <source>Restoring as the new instance %1: follow the job in the Jobs dock.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/backupspane.cpp" line="388"/>
        <source>Restore as new instance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/backupspane.cpp" line="389"/>
        <source>Name of the new instance (Odoo %1, on the same tenant and host):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/backupspane.cpp" line="398"/>
        <source>The catalog is not open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/backupspane.cpp" line="418"/>
        <source>Select one or more completed backups.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/backupspane.cpp" line="419"/>
        <source>Select exactly one completed backup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/backupspane.cpp" line="424"/>
        <source>Select a completed backup whose only copy is on S3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/backupspane.cpp" line="427"/>
        <source>Select a completed backup that has a local file and no S3 copy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/backupspane.cpp" line="428"/>
        <source>No S3 bucket is configured in the settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/backupspane.cpp" line="432"/>
        <source>Select one or more backups that no job is writing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/backupspane.cpp" line="439"/>
        <source>&lt;p&gt;Select a backup to see its details.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/backupspane.cpp" line="441"/>
        <source>&lt;p&gt;%n backups selected.&lt;/p&gt;</source>
        <translation>
            <numerusform>&lt;p&gt;%n backups selected.&lt;/p&gt;</numerusform>
            <numerusform>&lt;p&gt;%n backups selected.&lt;/p&gt;</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/backupspane.cpp" line="448"/>
        <source>Never</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/backupspane.cpp" line="451"/>
        <source>Instance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/backupspane.cpp" line="452"/>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/backupspane.cpp" line="453"/>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/backupspane.cpp" line="454"/>
        <source>Taken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/backupspane.cpp" line="455"/>
        <source>Size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/backupspane.cpp" line="456"/>
        <source>Odoo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/backupspane.cpp" line="457"/>
        <source>SHA-256</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/backupspane.cpp" line="458"/>
        <source>Local file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/backupspane.cpp" line="458"/>
        <location filename="../ui/backupspane.cpp" line="459"/>
        <source>None</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/backupspane.cpp" line="459"/>
        <source>S3 key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/backupspane.cpp" line="460"/>
        <source>Archived</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/backupspane.cpp" line="461"/>
        <source>Verified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/backupspane.cpp" line="462"/>
        <source>Expires</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/backupspane.cpp" line="465"/>
        <source>Instance retention</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/backupspane.cpp" line="466"/>
        <source>%1 daily, %2 weekly and %3 monthly backups, %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/backupspane.cpp" line="474"/>
        <source>Pending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/backupspane.cpp" line="476"/>
        <source>Failed %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/backupspane.cpp" line="478"/>
        <source>(%n part(s) uploaded; a retry resumes after them)</source>
        <translation>
            <numerusform>(%n part uploaded; a retry resumes after them)</numerusform>
            <numerusform>(%n parts uploaded; a retry resumes after them)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/backupspane.cpp" line="479"/>
        <source>S3 archive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/backupspane.cpp" line="482"/>
        <source>Error</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>saasodoo::ui::ConfirmDeleteDialog</name>
    <message>
        <location filename="../ui/confirmdeletedialog.cpp" line="24"/>
        <source>Type &lt;b&gt;%1&lt;/b&gt; to confirm:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>saasodoo::ui::ContainerPanel</name>
    <message>
        <location filename="../ui/containerpanel.cpp" line="51"/>
        <source>Logs unavailable: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/containerpanel.cpp" line="53"/>
        <source>The log stream ended: the container stopped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/containerpanel.cpp" line="55"/>
        <source>Showing the last %n line(s) of the log.</source>
        <translation>
            <numerusform>Showing the last %n line of the log.</numerusform>
            <numerusform>Showing the last %n lines of the log.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/containerpanel.cpp" line="60"/>
        <source>The stats stream ended.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/containerpanel.cpp" line="60"/>
        <source>Stats unavailable: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/containerpanel.cpp" line="81"/>
        <source>Last </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/containerpanel.cpp" line="82"/>
        <source> lines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/containerpanel.cpp" line="83"/>
        <source>How many lines to read from the end of the log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/containerpanel.cpp" line="89"/>
        <source>&amp;Follow</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/containerpanel.cpp" line="92"/>
        <source>Keep the log open and add each new line the container writes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/containerpanel.cpp" line="97"/>
        <source>&amp;Timestamps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/containerpanel.cpp" line="99"/>
        <source>Start each line with the time the container wrote it, in UTC</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/containerpanel.cpp" line="104"/>
        <source>Find in log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/containerpanel.cpp" line="115"/>
        <source>Previous</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/containerpanel.cpp" line="117"/>
        <source>Previous match (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/containerpanel.cpp" line="122"/>
        <source>Next</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/containerpanel.cpp" line="124"/>
        <source>Next match (Enter or %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/containerpanel.cpp" line="130"/>
        <source>&amp;Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/containerpanel.cpp" line="132"/>
        <source>Copy the selected lines, or the whole log when nothing is selected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/containerpanel.cpp" line="144"/>
        <source>Lines in the error colour came from the container&apos;s standard error (stderr).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/containerpanel.cpp" line="224"/>
        <source>Select one instance to see its container&apos;s log and resource use.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/containerpanel.cpp" line="247"/>
        <source>The instance is in error, so CPU and memory use are not read. Its container may still run; the host&apos;s reconcile corrects the status.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/containerpanel.cpp" line="250"/>
        <source>The instance&apos;s status is %1, so its container is not running and uses no CPU or memory.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/containerpanel.cpp" line="277"/>
        <source>Paused while the panel is hidden.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/containerpanel.cpp" line="302"/>
        <source>Following the log…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/containerpanel.cpp" line="302"/>
        <source>Reading the log…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/containerpanel.cpp" line="306"/>
        <source>Reading CPU and memory use…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/containerpanel.cpp" line="333"/>
        <source>[%n line(s) skipped because the view fell behind]</source>
        <translation>
            <numerusform>[%n line skipped because the view fell behind]</numerusform>
            <numerusform>[%n lines skipped because the view fell behind]</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/containerpanel.cpp" line="347"/>
        <source>CPU %1 %, memory %2 of %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/containerpanel.cpp" line="381"/>
        <source>%n match(es)</source>
        <translation>
            <numerusform>%n match</numerusform>
            <numerusform>%n matches</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>saasodoo::ui::CustomerDialog</name>
    <message>
        <location filename="../ui/customerdialog.cpp" line="32"/>
        <source>New customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/customerdialog.cpp" line="32"/>
        <source>Edit customer %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/customerdialog.cpp" line="40"/>
        <source>Mutare Hardware (Pvt) Ltd</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/customerdialog.cpp" line="41"/>
        <source>accounts@example.co.zw</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/customerdialog.cpp" line="42"/>
        <source>0771 234 567 or +263 77 123 4567</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/customerdialog.cpp" line="44"/>
        <source>ZW</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/customerdialog.cpp" line="56"/>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/customerdialog.cpp" line="57"/>
        <source>Customer name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/customerdialog.cpp" line="59"/>
        <source>&amp;Email:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/customerdialog.cpp" line="60"/>
        <source>Email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/customerdialog.cpp" line="62"/>
        <source>&amp;Phone:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/customerdialog.cpp" line="66"/>
        <source>&amp;Company:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/customerdialog.cpp" line="67"/>
        <source>C&amp;ountry:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/customerdialog.cpp" line="70"/>
        <source>&amp;Status:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/customerdialog.cpp" line="71"/>
        <source>N&amp;otes:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/customerdialog.cpp" line="134"/>
        <source>Suspend customer %1 (%2)?

The customer is only marked suspended in the catalog. Its tenants, instances, subscriptions and invoices are not changed: its instances keep running and stay reachable. To stop an instance, suspend it in the Instances pane or with &apos;saasodoo instance suspend&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/customerdialog.cpp" line="139"/>
        <source>Suspend customer %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>saasodoo::ui::CustomerTableModel</name>
    <message>
        <location filename="../ui/customertablemodel.cpp" line="19"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/customertablemodel.cpp" line="20"/>
        <source>Email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/customertablemodel.cpp" line="21"/>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/customertablemodel.cpp" line="22"/>
        <source>Company</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/customertablemodel.cpp" line="23"/>
        <source>Country</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/customertablemodel.cpp" line="24"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/customertablemodel.cpp" line="27"/>
        <source>Tenants</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/customertablemodel.cpp" line="28"/>
        <source>Instances</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/customertablemodel.cpp" line="29"/>
        <source>Updated</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>saasodoo::ui::CustomersPane</name>
    <message>
        <location filename="../ui/customerspane.cpp" line="27"/>
        <source>&amp;New customer…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/customerspane.cpp" line="28"/>
        <source>&amp;Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/customerspane.cpp" line="29"/>
        <source>New &amp;tenant…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/customerspane.cpp" line="32"/>
        <source>&amp;Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/customerspane.cpp" line="43"/>
        <source>All statuses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/customerspane.cpp" line="59"/>
        <source>Could not load customers: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/customerspane.cpp" line="62"/>
        <source>%n customer(s)</source>
        <translation>
            <numerusform>%n customer</numerusform>
            <numerusform>%n customers</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/customerspane.cpp" line="76"/>
        <source>Added customer %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/customerspane.cpp" line="107"/>
        <source>Saved customer %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/customerspane.cpp" line="115"/>
        <source>The catalog is not open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/customerspane.cpp" line="119"/>
        <source>Reading the customer to edit; wait a moment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/customerspane.cpp" line="120"/>
        <source>Select exactly one customer to edit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/customerspane.cpp" line="122"/>
        <source>Select one customer, or none, to add a tenant.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/customerspane.cpp" line="129"/>
        <source>&lt;p&gt;Select a customer to see its details.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/customerspane.cpp" line="131"/>
        <source>&lt;p&gt;%n customers selected.&lt;/p&gt;</source>
        <translation>
            <numerusform>&lt;p&gt;%n customers selected.&lt;/p&gt;</numerusform>
            <numerusform>&lt;p&gt;%n customers selected.&lt;/p&gt;</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/customerspane.cpp" line="139"/>
        <source>Email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/customerspane.cpp" line="140"/>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/customerspane.cpp" line="141"/>
        <source>Company</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/customerspane.cpp" line="142"/>
        <source>Country</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/customerspane.cpp" line="143"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/customerspane.cpp" line="144"/>
        <source>Tenants</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/customerspane.cpp" line="145"/>
        <source>Instances</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/customerspane.cpp" line="146"/>
        <source>Created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/customerspane.cpp" line="147"/>
        <source>Updated by</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>saasodoo::ui::DashboardPane</name>
    <message>
        <location filename="../ui/dashboardpane.cpp" line="302"/>
        <source>&lt;h2&gt;Dashboard&lt;/h2&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dashboardpane.cpp" line="180"/>
        <source>no catalog was given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dashboardpane.cpp" line="181"/>
        <source>&lt;h2&gt;Dashboard&lt;/h2&gt;&lt;p&gt;The catalog is not open: %1&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dashboardpane.cpp" line="304"/>
        <source>&lt;p&gt;Could not read the catalog: %1&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dashboardpane.cpp" line="306"/>
        <source>&lt;p&gt;Reading the catalog…&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/dashboardpane.cpp" line="311"/>
        <source>&lt;p&gt;%n customer(s), </source>
        <translation>
            <numerusform>&lt;p&gt;%n customer, </numerusform>
            <numerusform>&lt;p&gt;%n customers, </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/dashboardpane.cpp" line="312"/>
        <source>%n instance(s), </source>
        <translation>
            <numerusform>%n instance, </numerusform>
            <numerusform>%n instances, </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/dashboardpane.cpp" line="313"/>
        <source>%n host(s).&lt;/p&gt;</source>
        <translation>
            <numerusform>%n host.&lt;/p&gt;</numerusform>
            <numerusform>%n hosts.&lt;/p&gt;</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/dashboardpane.cpp" line="317"/>
        <source>&lt;h3&gt;Instances by status&lt;/h3&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dashboardpane.cpp" line="319"/>
        <source>&lt;p&gt;No instances yet. Add a host, a customer and a tenant, then create an instance.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dashboardpane.cpp" line="335"/>
        <source>&lt;h3&gt;Hosts&lt;/h3&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dashboardpane.cpp" line="338"/>
        <source>&lt;p&gt;No hosts yet. Open the Hosts pane and add your first Docker host.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dashboardpane.cpp" line="271"/>
        <location filename="../ui/dashboardpane.cpp" line="341"/>
        <source>Host</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dashboardpane.cpp" line="241"/>
        <source>host record (engine not reached)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dashboardpane.cpp" line="243"/>
        <source>engine</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/dashboardpane.cpp" line="247"/>
        <source>CPU from the host record (engine has %n core(s))</source>
        <translation>
            <numerusform>CPU from the host record (engine has %n core)</numerusform>
            <numerusform>CPU from the host record (engine has %n cores)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/dashboardpane.cpp" line="248"/>
        <source>CPU from the engine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dashboardpane.cpp" line="250"/>
        <source>memory from the host record (engine has %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dashboardpane.cpp" line="251"/>
        <source>memory from the engine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dashboardpane.cpp" line="252"/>
        <source>%1; %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dashboardpane.cpp" line="257"/>
        <source>&lt;h3&gt;Host capacity&lt;/h3&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dashboardpane.cpp" line="259"/>
        <source>&lt;p&gt;Asking the engines for their size…&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dashboardpane.cpp" line="261"/>
        <source>&lt;p&gt;Could not read the hosts: %1&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dashboardpane.cpp" line="263"/>
        <source>&lt;p&gt;No hosts yet.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dashboardpane.cpp" line="268"/>
        <source>&lt;p&gt;Allocated is the sum of the CPU and memory limits of the host&apos;s instances that are not deleted; the provisioner rejects an instance whose memory limit exceeds what is free.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dashboardpane.cpp" line="271"/>
        <source>CPU cores allocated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dashboardpane.cpp" line="271"/>
        <source>CPU cores free</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dashboardpane.cpp" line="272"/>
        <source>Memory allocated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dashboardpane.cpp" line="272"/>
        <source>Memory free</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dashboardpane.cpp" line="272"/>
        <source>Size from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dashboardpane.cpp" line="278"/>
        <location filename="../ui/dashboardpane.cpp" line="279"/>
        <source>%1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dashboardpane.cpp" line="287"/>
        <source>%1 over</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dashboardpane.cpp" line="341"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dashboardpane.cpp" line="341"/>
        <source>CPU cores</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dashboardpane.cpp" line="341"/>
        <source>Memory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dashboardpane.cpp" line="341"/>
        <source>Engine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dashboardpane.cpp" line="342"/>
        <source>Instances</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dashboardpane.cpp" line="342"/>
        <source>Running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dashboardpane.cpp" line="342"/>
        <source>In error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dashboardpane.cpp" line="342"/>
        <source>Cores per instance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dashboardpane.cpp" line="347"/>
        <location filename="../ui/dashboardpane.cpp" line="488"/>
        <source>–</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dashboardpane.cpp" line="367"/>
        <source>&lt;h3&gt;Failed jobs&lt;/h3&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dashboardpane.cpp" line="398"/>
        <source>&lt;p&gt;No failed jobs.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dashboardpane.cpp" line="407"/>
        <source>&lt;h3&gt;Invoices and backups&lt;/h3&gt;&lt;p&gt;Reading the invoices and backups…&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dashboardpane.cpp" line="410"/>
        <source>&lt;h3&gt;Invoices and backups&lt;/h3&gt;&lt;p&gt;Could not read them: %1&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dashboardpane.cpp" line="416"/>
        <source>&lt;h3&gt;Invoices overdue&lt;/h3&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dashboardpane.cpp" line="418"/>
        <source>&lt;p&gt;No invoice is overdue.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/dashboardpane.cpp" line="423"/>
        <source>%n invoice(s) for %1</source>
        <translation>
            <numerusform>%n invoice for %1</numerusform>
            <numerusform>%n invoices for %1</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/dashboardpane.cpp" line="428"/>
        <source>Invoice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dashboardpane.cpp" line="428"/>
        <source>Customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dashboardpane.cpp" line="428"/>
        <source>Due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dashboardpane.cpp" line="428"/>
        <source>Total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dashboardpane.cpp" line="439"/>
        <source>&lt;p&gt;The Subscriptions pane lists the other overdue invoices.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dashboardpane.cpp" line="442"/>
        <source>&lt;h3&gt;Outstanding&lt;/h3&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dashboardpane.cpp" line="444"/>
        <source>&lt;p&gt;No open invoices.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/dashboardpane.cpp" line="451"/>
        <source>&lt;p&gt;%1 in %n open invoice(s).&lt;/p&gt;</source>
        <translation>
            <numerusform>&lt;p&gt;%1 in %n open invoice.&lt;/p&gt;</numerusform>
            <numerusform>&lt;p&gt;%1 in %n open invoices.&lt;/p&gt;</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/dashboardpane.cpp" line="461"/>
        <source>Refunds due: %1 in %n payment(s) received for an invoice paid already or void, or reported paid after they were closed. The Payments tab of Subscriptions lists them.</source>
        <translation>
            <numerusform>Refunds due: %1 in %n payment received for an invoice paid already or void, or reported paid after they were closed. The Payments tab of Subscriptions lists them.</numerusform>
            <numerusform>Refunds due: %1 in %n payments received for an invoice paid already or void, or reported paid after they were closed. The Payments tab of Subscriptions lists them.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/dashboardpane.cpp" line="469"/>
        <source>&lt;h3&gt;Revenue per month&lt;/h3&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dashboardpane.cpp" line="471"/>
        <source>&lt;p&gt;No paid invoices yet.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dashboardpane.cpp" line="474"/>
        <source>Month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dashboardpane.cpp" line="474"/>
        <source>USD</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dashboardpane.cpp" line="474"/>
        <source>ZWG</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dashboardpane.cpp" line="495"/>
        <source>&lt;h3&gt;Backups overdue&lt;/h3&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dashboardpane.cpp" line="497"/>
        <source>&lt;p&gt;Every running or stopped instance has a backup within its schedule.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/dashboardpane.cpp" line="500"/>
        <source>%n instance(s) without a recent enough backup</source>
        <translation>
            <numerusform>%n instance without a recent enough backup</numerusform>
            <numerusform>%n instances without a recent enough backup</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/dashboardpane.cpp" line="505"/>
        <source>last good backup %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dashboardpane.cpp" line="506"/>
        <source>no completed backup yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/dashboardpane.cpp" line="509"/>
        <source>one every %n hour(s)</source>
        <translation>
            <numerusform>one every %n hour</numerusform>
            <numerusform>one every %n hours</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>saasodoo::ui::EnvironmentDialog</name>
    <message>
        <location filename="../ui/instanceactiondialogs.cpp" line="153"/>
        <source>Environment variables of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/instanceactiondialogs.cpp" line="159"/>
        <source>One KEY=value per line. Saving recreates the container on the same volume, so Odoo restarts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/instanceactiondialogs.cpp" line="186"/>
        <source>Line %1 is invalid: write KEY=value.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/instanceactiondialogs.cpp" line="191"/>
        <source>Line %1 sets %2 a second time.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>saasodoo::ui::HostDialog</name>
    <message>
        <location filename="../ui/hostdialog.cpp" line="90"/>
        <source>Add host</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/hostdialog.cpp" line="90"/>
        <source>Edit host %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/hostdialog.cpp" line="92"/>
        <source>harare-1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/hostdialog.cpp" line="94"/>
        <source>unix:///var/run/docker.sock or tcp://docker.example.co.zw:2376</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/hostdialog.cpp" line="95"/>
        <source>ca.pem path or keychain:&lt;key&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/hostdialog.cpp" line="96"/>
        <source>cert.pem path or keychain:&lt;key&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/hostdialog.cpp" line="97"/>
        <source>key.pem path or keychain:&lt;key&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/hostdialog.cpp" line="99"/>
        <source>only for an encrypted key; kept in the keychain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/hostdialog.cpp" line="102"/>
        <source>only when the certificate names another host</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/hostdialog.cpp" line="103"/>
        <source>db.example.co.zw</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/hostdialog.cpp" line="108"/>
        <source>saasodoo_admin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/hostdialog.cpp" line="110"/>
        <source>unchanged (stored in the keychain)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/hostdialog.cpp" line="113"/>
        <source>the PostgreSQL address as containers see it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/hostdialog.cpp" line="114"/>
        <source>Allow a &amp;superuser role (not recommended)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/hostdialog.cpp" line="117"/>
        <source>odoo.example.co.zw</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/hostdialog.cpp" line="118"/>
        <source>odoo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/hostdialog.cpp" line="126"/>
        <source>empty for the console&apos;s default network</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/hostdialog.cpp" line="130"/>
        <location filename="../ui/hostdialog.cpp" line="135"/>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/hostdialog.cpp" line="143"/>
        <source>16G</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/hostdialog.cpp" line="148"/>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/hostdialog.cpp" line="149"/>
        <source>Host name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/hostdialog.cpp" line="151"/>
        <source>Docker &amp;endpoint:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/hostdialog.cpp" line="154"/>
        <source>TLS CA certificate:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/hostdialog.cpp" line="155"/>
        <source>TLS CA certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/hostdialog.cpp" line="157"/>
        <source>TLS client certificate:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/hostdialog.cpp" line="158"/>
        <source>TLS client certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/hostdialog.cpp" line="160"/>
        <source>TLS client key:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/hostdialog.cpp" line="161"/>
        <source>TLS client key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/hostdialog.cpp" line="163"/>
        <source>TLS key &amp;passphrase:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/hostdialog.cpp" line="164"/>
        <source>TLS server name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/hostdialog.cpp" line="165"/>
        <source>&amp;Image repository:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/hostdialog.cpp" line="168"/>
        <source>Docker ne&amp;twork:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/hostdialog.cpp" line="171"/>
        <source>Public &amp;base domain:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/hostdialog.cpp" line="172"/>
        <source>Public base domain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/hostdialog.cpp" line="179"/>
        <source>to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/hostdialog.cpp" line="181"/>
        <source>Published &amp;ports:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/hostdialog.cpp" line="183"/>
        <source>&amp;CPU cores:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/hostdialog.cpp" line="184"/>
        <source>Host CPU cores</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/hostdialog.cpp" line="185"/>
        <source>&amp;Memory:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/hostdialog.cpp" line="186"/>
        <location filename="../ui/hostdialog.cpp" line="189"/>
        <location filename="../ui/hostdialog.cpp" line="287"/>
        <source>Host memory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/hostdialog.cpp" line="191"/>
        <source>Test &amp;Docker connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/hostdialog.cpp" line="197"/>
        <source>PostgreSQL &amp;host:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/hostdialog.cpp" line="198"/>
        <source>PostgreSQL host</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/hostdialog.cpp" line="200"/>
        <source>Po&amp;rt:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/hostdialog.cpp" line="201"/>
        <source>PostgreSQL port</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/hostdialog.cpp" line="202"/>
        <source>Admin &amp;user:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/hostdialog.cpp" line="203"/>
        <source>PostgreSQL admin user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/hostdialog.cpp" line="205"/>
        <source>Pass&amp;word:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/hostdialog.cpp" line="207"/>
        <source>PostgreSQL password is missing: the console stores it in the keychain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/hostdialog.cpp" line="210"/>
        <source>Address from &amp;containers:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/hostdialog.cpp" line="212"/>
        <source>Test &amp;PostgreSQL connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/hostdialog.cpp" line="217"/>
        <source>Docker engine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/hostdialog.cpp" line="219"/>
        <source>PostgreSQL server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/hostdialog.cpp" line="307"/>
        <source>Testing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/hostdialog.cpp" line="417"/>
        <source>Host not saved: the PostgreSQL check failed. %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>saasodoo::ui::HostTableModel</name>
    <message>
        <location filename="../ui/hosttablemodel.cpp" line="119"/>
        <source>Not checked yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/hosttablemodel.cpp" line="121"/>
        <source>Reachable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/hosttablemodel.cpp" line="122"/>
        <source>Unreachable, next attempt at %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/hosttablemodel.cpp" line="78"/>
        <source>Attempt %1 failed: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/hosttablemodel.cpp" line="33"/>
        <source>The console may connect to this host&apos;s PostgreSQL as a superuser (override set). A role with only CREATEDB and CREATEROLE is safer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/hosttablemodel.cpp" line="45"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/hosttablemodel.cpp" line="47"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/hosttablemodel.cpp" line="49"/>
        <source>Docker endpoint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/hosttablemodel.cpp" line="51"/>
        <source>PostgreSQL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/hosttablemodel.cpp" line="56"/>
        <source>Base domain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/hosttablemodel.cpp" line="58"/>
        <source>CPU cores</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/hosttablemodel.cpp" line="60"/>
        <source>Memory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/hosttablemodel.cpp" line="62"/>
        <source>Instances</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/hosttablemodel.cpp" line="64"/>
        <source>Running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/hosttablemodel.cpp" line="67"/>
        <source>Engine</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>saasodoo::ui::HostsPane</name>
    <message>
        <location filename="../ui/hostspane.cpp" line="32"/>
        <source>&amp;Add host…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/hostspane.cpp" line="33"/>
        <source>&amp;Edit and test…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/hostspane.cpp" line="35"/>
        <source>&amp;Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/hostspane.cpp" line="42"/>
        <source>All statuses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/hostspane.cpp" line="65"/>
        <source>Could not load hosts: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/hostspane.cpp" line="68"/>
        <source>%n host(s)</source>
        <translation>
            <numerusform>%n host</numerusform>
            <numerusform>%n hosts</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/hostspane.cpp" line="107"/>
        <source>Added host %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/hostspane.cpp" line="155"/>
        <source>Saved host %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/hostspane.cpp" line="183"/>
        <source>Keychain unavailable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/hostspane.cpp" line="176"/>
        <source>PostgreSQL password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/hostspane.cpp" line="45"/>
        <source>Unreachable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/hostspane.cpp" line="176"/>
        <source>TLS key passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/hostspane.cpp" line="179"/>
        <source>Stored the %1 of %2 in the keychain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/hostspane.cpp" line="184"/>
        <source>The %1 of %2 could not be stored: %3

Keep it in memory for this session only? It is never written to disk and is lost when the console quits; enter it again with Edit host after the keychain works.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/hostspane.cpp" line="195"/>
        <source>Secret not stored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/hostspane.cpp" line="196"/>
        <source>The %1 of %2 was not stored: %3
Provisioning on this host fails until you enter it again with Edit host.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/hostspane.cpp" line="206"/>
        <source>The catalog is not open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/hostspane.cpp" line="210"/>
        <source>Reading the host to edit; wait a moment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/hostspane.cpp" line="211"/>
        <source>Select exactly one host to edit or test it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/hostspane.cpp" line="218"/>
        <source>&lt;p&gt;Select a host to see its details. Edit a host to test its Docker and PostgreSQL connections.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/hostspane.cpp" line="221"/>
        <source>&lt;p&gt;%n hosts selected.&lt;/p&gt;</source>
        <translation>
            <numerusform>&lt;p&gt;%n hosts selected.&lt;/p&gt;</numerusform>
            <numerusform>&lt;p&gt;%n hosts selected.&lt;/p&gt;</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/hostspane.cpp" line="227"/>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/hostspane.cpp" line="228"/>
        <source>%1–%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/hostspane.cpp" line="231"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/hostspane.cpp" line="232"/>
        <source>Engine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/hostspane.cpp" line="233"/>
        <source>Docker endpoint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/hostspane.cpp" line="234"/>
        <source>TLS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/hostspane.cpp" line="234"/>
        <location filename="../ui/hostspane.cpp" line="237"/>
        <source>no</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/hostspane.cpp" line="234"/>
        <source>CA %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/hostspane.cpp" line="235"/>
        <source>PostgreSQL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/hostspane.cpp" line="235"/>
        <source>%1@%2:%3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/hostspane.cpp" line="236"/>
        <source>From containers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/hostspane.cpp" line="237"/>
        <source>Superuser allowed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/hostspane.cpp" line="237"/>
        <source>yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/hostspane.cpp" line="238"/>
        <source>Base domain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/hostspane.cpp" line="239"/>
        <source>Image repository</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/hostspane.cpp" line="240"/>
        <source>Docker network</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/hostspane.cpp" line="241"/>
        <source>default (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/hostspane.cpp" line="243"/>
        <source>Published ports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/hostspane.cpp" line="244"/>
        <source>Capacity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/hostspane.cpp" line="244"/>
        <source>%1 cores, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/hostspane.cpp" line="245"/>
        <source>Instances</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/hostspane.cpp" line="245"/>
        <source>%1 (%2 running, %3 in error)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/hostspane.cpp" line="254"/>
        <source>The Docker engine is unreachable (attempt %1): %2. The console tries again at %3 and then less often, up to once a minute.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/hostspane.cpp" line="264"/>
        <source>Superuser override: the console may connect to PostgreSQL as a superuser. Clear it with Edit host once the role has only CREATEDB and CREATEROLE.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>saasodoo::ui::InstanceTableModel</name>
    <message>
        <location filename="../ui/instancetablemodel.cpp" line="24"/>
        <source>The last job on this instance failed. Open the Jobs pane for its log.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/instancetablemodel.cpp" line="18"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/instancetablemodel.cpp" line="19"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/instancetablemodel.cpp" line="26"/>
        <source>Customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/instancetablemodel.cpp" line="27"/>
        <source>Tenant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/instancetablemodel.cpp" line="28"/>
        <source>Host</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/instancetablemodel.cpp" line="29"/>
        <source>Odoo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/instancetablemodel.cpp" line="32"/>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/instancetablemodel.cpp" line="34"/>
        <source>Database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/instancetablemodel.cpp" line="35"/>
        <source>Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/instancetablemodel.cpp" line="36"/>
        <source>Updated</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>saasodoo::ui::InstanceWizard</name>
    <message>
        <location filename="../ui/instancewizard.cpp" line="113"/>
        <source>New instance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/instancewizard.cpp" line="209"/>
        <source>Host %1 has %2: lower the CPU limit or choose another host.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/instancewizard.cpp" line="213"/>
        <source>Host %1 has %2 of memory: lower the memory limit or choose another host.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/instancewizard.cpp" line="224"/>
        <source>Placement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/instancewizard.cpp" line="225"/>
        <source>Who the instance belongs to, where it runs and the address it answers on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/instancewizard.cpp" line="230"/>
        <source>%1 (%2, %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/instancewizard.cpp" line="235"/>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/instancewizard.cpp" line="238"/>
        <source>prod</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/instancewizard.cpp" line="243"/>
        <source>&amp;Tenant:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/instancewizard.cpp" line="245"/>
        <source>No tenant exists yet: add a customer and a tenant first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/instancewizard.cpp" line="248"/>
        <source>&amp;Host:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/instancewizard.cpp" line="250"/>
        <source>No active host exists: add a host in the Hosts pane first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/instancewizard.cpp" line="253"/>
        <source>Instance &amp;name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/instancewizard.cpp" line="255"/>
        <source>&amp;Subdomain:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/instancewizard.cpp" line="257"/>
        <source>&amp;Database name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/instancewizard.cpp" line="275"/>
        <location filename="../ui/instancewizard.cpp" line="488"/>
        <source>Odoo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/instancewizard.cpp" line="276"/>
        <source>The Odoo series and image, what the instance is for, and its first admin.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/instancewizard.cpp" line="291"/>
        <source>admin@example.co.zw</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/instancewizard.cpp" line="292"/>
        <source>Load &amp;demo data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/instancewizard.cpp" line="296"/>
        <source>Odoo &amp;version:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/instancewizard.cpp" line="298"/>
        <source>&amp;Image tag:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/instancewizard.cpp" line="301"/>
        <source>&amp;Type:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/instancewizard.cpp" line="302"/>
        <source>&amp;Admin email:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/instancewizard.cpp" line="303"/>
        <location filename="../ui/instancewizard.cpp" line="494"/>
        <source>Admin email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/instancewizard.cpp" line="324"/>
        <source>Resources</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/instancewizard.cpp" line="325"/>
        <source>Limits for the instance&apos;s container and its data volume. Sizes take K, M, G or T (binary units, as Docker uses).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/instancewizard.cpp" line="342"/>
        <source>&amp;CPU:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/instancewizard.cpp" line="343"/>
        <source>CPU limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/instancewizard.cpp" line="347"/>
        <source>&amp;Memory:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/instancewizard.cpp" line="348"/>
        <location filename="../ui/instancewizard.cpp" line="351"/>
        <location filename="../ui/instancewizard.cpp" line="594"/>
        <source>Memory limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/instancewizard.cpp" line="355"/>
        <source>&amp;Storage:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/instancewizard.cpp" line="356"/>
        <location filename="../ui/instancewizard.cpp" line="357"/>
        <location filename="../ui/instancewizard.cpp" line="596"/>
        <source>Storage limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/instancewizard.cpp" line="372"/>
        <source>Modules and environment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/instancewizard.cpp" line="373"/>
        <source>Addons to install, modules to keep uninstalled and extra environment variables.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/instancewizard.cpp" line="390"/>
        <source>other module names, separated by commas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/instancewizard.cpp" line="392"/>
        <source>iap, mail_plugin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/instancewizard.cpp" line="396"/>
        <source>Variable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/instancewizard.cpp" line="396"/>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/instancewizard.cpp" line="402"/>
        <source>&amp;Add variable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/instancewizard.cpp" line="404"/>
        <source>&amp;Remove variable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/instancewizard.cpp" line="430"/>
        <source>Common &amp;addons:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/instancewizard.cpp" line="431"/>
        <source>&amp;Other addons:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/instancewizard.cpp" line="432"/>
        <source>Custom addon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/instancewizard.cpp" line="433"/>
        <source>&amp;Disabled modules:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/instancewizard.cpp" line="434"/>
        <source>Disabled module</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/instancewizard.cpp" line="435"/>
        <source>&amp;Environment:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/instancewizard.cpp" line="460"/>
        <source>Create the instance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/instancewizard.cpp" line="461"/>
        <source>Finish stores the instance and starts a provisioning job. Follow it in the Jobs dock.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/instancewizard.cpp" line="483"/>
        <source>Tenant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/instancewizard.cpp" line="484"/>
        <source>Host</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/instancewizard.cpp" line="485"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/instancewizard.cpp" line="486"/>
        <source>Subdomain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/instancewizard.cpp" line="487"/>
        <source>Database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/instancewizard.cpp" line="488"/>
        <source>%1 (image tag %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/instancewizard.cpp" line="489"/>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/instancewizard.cpp" line="490"/>
        <source>Limits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/instancewizard.cpp" line="490"/>
        <source>%1, %2 memory, %3 storage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/instancewizard.cpp" line="495"/>
        <source>Demo data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/instancewizard.cpp" line="495"/>
        <source>yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/instancewizard.cpp" line="495"/>
        <source>no</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/instancewizard.cpp" line="496"/>
        <source>Addons</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/instancewizard.cpp" line="497"/>
        <source>Disabled modules</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/instancewizard.cpp" line="498"/>
        <source>Environment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/instancewizard.cpp" line="574"/>
        <source>Environment variable %1 is set twice: keep one row.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>saasodoo::ui::InstancesPane</name>
    <message>
        <location filename="../ui/instancespane.cpp" line="103"/>
        <source>&amp;New instance…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/instancespane.cpp" line="104"/>
        <source>&amp;Delete…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/instancespane.cpp" line="106"/>
        <source>&amp;Start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/instancespane.cpp" line="108"/>
        <source>S&amp;top</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/instancespane.cpp" line="110"/>
        <source>Res&amp;tart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/instancespane.cpp" line="112"/>
        <source>&amp;Back up now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/instancespane.cpp" line="114"/>
        <source>S&amp;uspend…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/instancespane.cpp" line="115"/>
        <source>Resu&amp;me</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/instancespane.cpp" line="117"/>
        <source>Update &amp;modules…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/instancespane.cpp" line="118"/>
        <source>Change &amp;limits…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/instancespane.cpp" line="120"/>
        <source>&amp;Environment variables…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/instancespane.cpp" line="122"/>
        <source>Resume &amp;interrupted job</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/instancespane.cpp" line="124"/>
        <source>Clean up interrupted &amp;job</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/instancespane.cpp" line="126"/>
        <source>&amp;Copy address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/instancespane.cpp" line="128"/>
        <source>Container &amp;logs and stats</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/instancespane.cpp" line="130"/>
        <location filename="../ui/instancespane.cpp" line="663"/>
        <source>Restore from &amp;file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/instancespane.cpp" line="132"/>
        <source>&amp;Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/instancespane.cpp" line="162"/>
        <source>Copied %n address(es).</source>
        <translation>
            <numerusform>Copied %n address.</numerusform>
            <numerusform>Copied %n addresses.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/instancespane.cpp" line="173"/>
        <source>All statuses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/instancespane.cpp" line="174"/>
        <source>Needs attention</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/instancespane.cpp" line="175"/>
        <source>In progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/instancespane.cpp" line="197"/>
        <source>Could not load instances: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/instancespane.cpp" line="210"/>
        <source>%n instance(s)</source>
        <translation>
            <numerusform>%n instance</numerusform>
            <numerusform>%n instances</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/instancespane.cpp" line="212"/>
        <source>%1 of %n instance(s) shown</source>
        <translation>
            <numerusform>%1 of %n instance shown</numerusform>
            <numerusform>%1 of %n instances shown</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/instancespane.cpp" line="281"/>
        <source>Creating instance %1: follow the job in the Jobs dock.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/instancespane.cpp" line="295"/>
        <source>Delete instance %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/instancespane.cpp" line="296"/>
        <source>Deleting %1 (customer %2, host %3) removes its container, its data volume with the filestore, its database %4 and its database role. Backups are kept. This cannot be undone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/instancespane.cpp" line="299"/>
        <source>Delete instance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/instancespane.cpp" line="312"/>
        <source>Deleting instance %1: follow the job in the Jobs dock.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/instancespane.cpp" line="420"/>
        <source>Instance %1 never ran: its creation failed and what it made was removed, so there is nothing to start. Retry the creation now? Otherwise, delete the instance.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/instancespane.cpp" line="423"/>
        <location filename="../ui/instancespane.cpp" line="444"/>
        <source>Retry creating %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/instancespane.cpp" line="477"/>
        <source>Suspend %1? Each instance stops and keeps its data; only Resume starts it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/instancespane.cpp" line="479"/>
        <source>Suspend %n instance(s)</source>
        <translation>
            <numerusform>Suspend %n instance</numerusform>
            <numerusform>Suspend %n instances</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/instancespane.cpp" line="497"/>
        <source>Updating modules of %1: follow the job in the Jobs dock.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/instancespane.cpp" line="528"/>
        <source>Changing the limits of %1: follow the job in the Jobs dock.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/instancespane.cpp" line="540"/>
        <source>Changing the environment of %1: follow the job in the Jobs dock.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/instancespane.cpp" line="569"/>
        <source>The catalog is not open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/instancespane.cpp" line="340"/>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/instancespane.cpp" line="703"/>
        <source>%1, %2 memory, %3 storage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/instancespane.cpp" line="980"/>
        <source>Could not read the tenants, hosts and instances: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/instancespane.cpp" line="991"/>
        <source>%1 (%2, %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/instancespane.cpp" line="1043"/>
        <source>Restore into %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/instancespane.cpp" line="1048"/>
        <source>Restoring %1 into %2: follow the job in the Jobs dock.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/instancespane.cpp" line="580"/>
        <location filename="../ui/instancespane.cpp" line="649"/>
        <source>Select one or more instances.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/instancespane.cpp" line="606"/>
        <source>%1 is %2: wait for the job working on it to finish.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/instancespane.cpp" line="611"/>
        <source>%1 is %2, which allows only: %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/instancespane.cpp" line="580"/>
        <location filename="../ui/instancespane.cpp" line="651"/>
        <source>Select exactly one instance.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/instancespane.cpp" line="97"/>
        <source>Details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/instancespane.cpp" line="98"/>
        <source>Container</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/instancespane.cpp" line="304"/>
        <source>Take a final backup first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/instancespane.cpp" line="305"/>
        <source>The backup is kept until an admin deletes it. If it fails, nothing is deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/instancespane.cpp" line="306"/>
        <source>A backup needs the instance running, stopped or suspended.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/instancespane.cpp" line="318"/>
        <source>Start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/instancespane.cpp" line="319"/>
        <source>Stop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/instancespane.cpp" line="320"/>
        <source>Restart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/instancespane.cpp" line="321"/>
        <source>Suspend</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/instancespane.cpp" line="322"/>
        <source>Resume</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/instancespane.cpp" line="323"/>
        <source>Back up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/instancespane.cpp" line="349"/>
        <source>%1: no job submitted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/instancespane.cpp" line="350"/>
        <source>%1: submitted %n job(s), follow them in the Jobs dock.</source>
        <translation>
            <numerusform>%1: submitted %n job, follow them in the Jobs dock.</numerusform>
            <numerusform>%1: submitted %n jobs, follow them in the Jobs dock.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/instancespane.cpp" line="356"/>
        <source>Skipped %n instance(s) whose state does not allow it: %1.</source>
        <translation>
            <numerusform>Skipped %n instance whose state does not allow it: %1.</numerusform>
            <numerusform>Skipped %n instances whose state does not allow it: %1.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/instancespane.cpp" line="359"/>
        <source>%1: instances skipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/instancespane.cpp" line="448"/>
        <source>Creating instance %1 again: follow the job in the Jobs dock.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/instancespane.cpp" line="571"/>
        <source>Reading the tenants and hosts for the wizard; wait a moment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/instancespane.cpp" line="588"/>
        <source>No selected instance&apos;s state allows this action.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/instancespane.cpp" line="602"/>
        <source>%1 is %2 because job %3 (%4) was interrupted when the console stopped, and no job runs on it now. Choose Resume interrupted job or Clean up interrupted job.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/instancespane.cpp" line="633"/>
        <source>Reading the job history of the instances to start; wait a moment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/instancespane.cpp" line="635"/>
        <source>Reading the instance to edit; wait a moment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/instancespane.cpp" line="640"/>
        <source>Select one instance whose job was interrupted when the console stopped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/instancespane.cpp" line="658"/>
        <source>Select one instance to restore into, or none to restore as a new instance.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/instancespane.cpp" line="663"/>
        <source>Restore into this instance from &amp;file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/instancespane.cpp" line="669"/>
        <source>&lt;p&gt;Select an instance to see its details.&lt;/p&gt;&lt;p&gt;Drop an Odoo backup (.zip) or a pg_dump file (.dump) here to restore it.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/instancespane.cpp" line="672"/>
        <source>&lt;p&gt;%n instances selected.&lt;/p&gt;</source>
        <translation>
            <numerusform>&lt;p&gt;%n instances selected.&lt;/p&gt;</numerusform>
            <numerusform>&lt;p&gt;%n instances selected.&lt;/p&gt;</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/instancespane.cpp" line="678"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/instancespane.cpp" line="679"/>
        <location filename="../ui/instancespane.cpp" line="690"/>
        <source>Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/instancespane.cpp" line="680"/>
        <source>Customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/instancespane.cpp" line="681"/>
        <source>Tenant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/instancespane.cpp" line="682"/>
        <source>Host</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/instancespane.cpp" line="683"/>
        <source>Odoo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/instancespane.cpp" line="684"/>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/instancespane.cpp" line="685"/>
        <source>Database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/instancespane.cpp" line="686"/>
        <source>Updated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/instancespane.cpp" line="692"/>
        <source>Published port</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/instancespane.cpp" line="696"/>
        <location filename="../ui/instancespane.cpp" line="697"/>
        <source>Direct address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/instancespane.cpp" line="703"/>
        <location filename="../ui/instancespane.cpp" line="712"/>
        <location filename="../ui/instancespane.cpp" line="714"/>
        <source>Limits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/instancespane.cpp" line="707"/>
        <source>Admin email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/instancespane.cpp" line="708"/>
        <source>Image tag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/instancespane.cpp" line="710"/>
        <source>Last message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/instancespane.cpp" line="712"/>
        <source>could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/instancespane.cpp" line="714"/>
        <source>reading…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/instancespane.cpp" line="740"/>
        <source>Could not open %1: no program handles %2 links.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/instancespane.cpp" line="853"/>
        <source>only files on this computer can be restored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/instancespane.cpp" line="875"/>
        <source>Catalog file chosen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/instancespane.cpp" line="899"/>
        <source>Restore from file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/instancespane.cpp" line="900"/>
        <source>Odoo backups (*.zip *.dump);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/instancespane.cpp" line="907"/>
        <source>%1 is not a backup file: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/instancespane.cpp" line="909"/>
        <source>Not a backup file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/instancespane.cpp" line="1038"/>
        <source>Restore %1 into the instance %2 of tenant %4 (customer %5, database %3)?

The console first takes a safety backup of %2, then restores into a new database and filestore, and switches %2 over only when both are complete. %2 stops for a short time during the switch.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/instancespane.cpp" line="1077"/>
        <source>Restore %1 as a new instance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/instancespane.cpp" line="1080"/>
        <source>%1 cannot be restored as the new instance %2: %3 Nothing was started.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/instancespane.cpp" line="1099"/>
        <source>The restore failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/instancespane.cpp" line="1108"/>
        <source>Restoring %1 as the new instance %2 on host %3: follow the job in the Jobs dock.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>saasodoo::ui::InvoiceTableModel</name>
    <message>
        <location filename="../ui/billingtablemodels.cpp" line="226"/>
        <source>Invoice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/billingtablemodels.cpp" line="227"/>
        <source>Customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/billingtablemodels.cpp" line="228"/>
        <source>Period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/billingtablemodels.cpp" line="231"/>
        <source>%1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/billingtablemodels.cpp" line="235"/>
        <source>Issued</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/billingtablemodels.cpp" line="237"/>
        <source>Due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/billingtablemodels.cpp" line="239"/>
        <source>Total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/billingtablemodels.cpp" line="247"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/billingtablemodels.cpp" line="250"/>
        <source>%1, payment pending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/billingtablemodels.cpp" line="257"/>
        <source>Paid on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/billingtablemodels.cpp" line="266"/>
        <source>Overdue</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>saasodoo::ui::InvoicesView</name>
    <message>
        <location filename="../ui/subscriptionspane.cpp" line="555"/>
        <source>&amp;Generate invoices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/subscriptionspane.cpp" line="558"/>
        <source>Request &amp;payment…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/subscriptionspane.cpp" line="560"/>
        <source>E&amp;xport PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/subscriptionspane.cpp" line="563"/>
        <source>&amp;Issue draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/subscriptionspane.cpp" line="564"/>
        <source>&amp;Void…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/subscriptionspane.cpp" line="566"/>
        <source>&amp;Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/subscriptionspane.cpp" line="575"/>
        <source>Invoice not issued</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/subscriptionspane.cpp" line="585"/>
        <source>%n invoice(s)</source>
        <translation>
            <numerusform>%n invoice</numerusform>
            <numerusform>%n invoices</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/subscriptionspane.cpp" line="586"/>
        <source>%n overdue</source>
        <translation>
            <numerusform>%n overdue</numerusform>
            <numerusform>%n overdue</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/subscriptionspane.cpp" line="591"/>
        <source>All invoices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/subscriptionspane.cpp" line="592"/>
        <source>Unpaid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/subscriptionspane.cpp" line="593"/>
        <source>Overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/subscriptionspane.cpp" line="621"/>
        <source>Could not start the invoice run: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/subscriptionspane.cpp" line="625"/>
        <source>Generating the invoices of the periods that started: follow the job in the Jobs dock.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/subscriptionspane.cpp" line="641"/>
        <source>Payment %1 requested; its status updates as Paynow reports it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/subscriptionspane.cpp" line="653"/>
        <source>Issuing the invoice…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/subscriptionspane.cpp" line="657"/>
        <source>Issued invoice %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/subscriptionspane.cpp" line="663"/>
        <source>Voiding the invoice…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/subscriptionspane.cpp" line="667"/>
        <source>Voided invoice %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/subscriptionspane.cpp" line="678"/>
        <source>Void invoice %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/subscriptionspane.cpp" line="689"/>
        <source>Invoice not voided</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/subscriptionspane.cpp" line="679"/>
        <source>Void invoice %1 of %2 for %3? It can no longer be paid, and its number stays used. This cannot be undone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/subscriptionspane.cpp" line="722"/>
        <source>Saved invoice %1 as %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/subscriptionspane.cpp" line="723"/>
        <source>Could not save invoice %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/subscriptionspane.cpp" line="734"/>
        <source>Export invoice %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/subscriptionspane.cpp" line="735"/>
        <source>PDF files (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/subscriptionspane.cpp" line="750"/>
        <source>Select one open invoice to request its payment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/subscriptionspane.cpp" line="752"/>
        <source>Select one issued invoice; a draft has no number yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/subscriptionspane.cpp" line="755"/>
        <source>Select one draft invoice to issue it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/subscriptionspane.cpp" line="758"/>
        <source>Select one open or draft invoice; paid and void invoices cannot be voided.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/subscriptionspane.cpp" line="765"/>
        <source>&lt;p&gt;Select an invoice to see its lines and payments.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/subscriptionspane.cpp" line="767"/>
        <source>&lt;p&gt;%n invoices selected.&lt;/p&gt;</source>
        <translation>
            <numerusform>&lt;p&gt;%n invoices selected.&lt;/p&gt;</numerusform>
            <numerusform>&lt;p&gt;%n invoices selected.&lt;/p&gt;</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/subscriptionspane.cpp" line="775"/>
        <source>Customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/subscriptionspane.cpp" line="776"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/subscriptionspane.cpp" line="777"/>
        <source>Period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/subscriptionspane.cpp" line="778"/>
        <source>%1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/subscriptionspane.cpp" line="779"/>
        <source>Issued</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/subscriptionspane.cpp" line="780"/>
        <source>Due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/subscriptionspane.cpp" line="781"/>
        <source>Subtotal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/subscriptionspane.cpp" line="782"/>
        <source>VAT (%1 %)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/subscriptionspane.cpp" line="784"/>
        <source>Total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/subscriptionspane.cpp" line="788"/>
        <source>Paid on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/subscriptionspane.cpp" line="790"/>
        <source>Void because</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/subscriptionspane.cpp" line="792"/>
        <source>&lt;h4&gt;Lines&lt;/h4&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/subscriptionspane.cpp" line="807"/>
        <source>%1, %2, %3: %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/subscriptionspane.cpp" line="812"/>
        <source>(applied to this invoice from invoice %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/subscriptionspane.cpp" line="814"/>
        <source>(refund due)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/subscriptionspane.cpp" line="817"/>
        <source>(applied to invoice %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/subscriptionspane.cpp" line="823"/>
        <source>&lt;h4&gt;Payments&lt;/h4&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/subscriptionspane.cpp" line="825"/>
        <source>&lt;p&gt;&lt;b&gt;Refund due to the customer: %1.&lt;/b&gt; Apply the payment to an open invoice or mark it refunded on the Payments tab.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>saasodoo::ui::JobTableModel</name>
    <message>
        <location filename="../ui/jobtablemodel.cpp" line="22"/>
        <source>%1 %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/jobtablemodel.cpp" line="19"/>
        <source>Job</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/jobtablemodel.cpp" line="20"/>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/jobtablemodel.cpp" line="22"/>
        <source>Progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/jobtablemodel.cpp" line="24"/>
        <source>Step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/jobtablemodel.cpp" line="25"/>
        <source>Created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/jobtablemodel.cpp" line="30"/>
        <source>Elapsed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/jobtablemodel.cpp" line="35"/>
        <source>Error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/jobtablemodel.cpp" line="83"/>
        <source>%1 %2</source>
        <extracomment>%1 is a job kind such as &quot;Stop instance&quot;, %2 the instance&apos;s name.</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>saasodoo::ui::JobsDock</name>
    <message>
        <location filename="../ui/jobsdock.cpp" line="53"/>
        <source>Running jobs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/jobsdock.cpp" line="67"/>
        <source>No jobs are running.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/jobsdock.cpp" line="104"/>
        <source>%n job(s) stopped when the console last quit and are marked interrupted: %1. Select each in the Jobs pane and choose Resume job or Clean up job.</source>
        <translation>
            <numerusform>%n job stopped when the console last quit and are marked interrupted: %1. Select each in the Jobs pane and choose Resume job or Clean up job.</numerusform>
            <numerusform>%n jobs stopped when the console last quit and are marked interrupted: %1. Select each in the Jobs pane and choose Resume job or Clean up job.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/jobsdock.cpp" line="108"/>
        <source>An interrupted job leaves its instance in the state it had when the console stopped, and no action is offered on it until the job is resumed (cleaned up, then run again) or cleaned up (the instance goes to the error state, from where it can be retried or deleted).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/jobsdock.cpp" line="147"/>
        <source>Time since the job started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/jobsdock.cpp" line="152"/>
        <source>Cancel this job</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/jobsdock.cpp" line="153"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/jobsdock.cpp" line="160"/>
        <location filename="../ui/jobsdock.cpp" line="161"/>
        <source>Cancelling…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/jobsdock.cpp" line="194"/>
        <source>Queued</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/jobsdock.cpp" line="197"/>
        <source>%1 (step %2 of %3)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>saasodoo::ui::JobsPane</name>
    <message>
        <location filename="../ui/jobspane.cpp" line="24"/>
        <source>&amp;Cancel job</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/jobspane.cpp" line="26"/>
        <source>R&amp;esume job</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/jobspane.cpp" line="27"/>
        <source>C&amp;lean up job</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/jobspane.cpp" line="29"/>
        <source>&amp;Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/jobspane.cpp" line="46"/>
        <source>All states</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/jobspane.cpp" line="47"/>
        <source>Active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/jobspane.cpp" line="48"/>
        <source>Needs attention</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/jobspane.cpp" line="67"/>
        <source>%n job(s)</source>
        <translation>
            <numerusform>%n job</numerusform>
            <numerusform>%n jobs</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/jobspane.cpp" line="73"/>
        <source>Could not read the job history: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/jobspane.cpp" line="127"/>
        <source>Could not read the instance names of older jobs: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/jobspane.cpp" line="164"/>
        <location filename="../ui/jobspane.cpp" line="189"/>
        <source>Resume job</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/jobspane.cpp" line="164"/>
        <location filename="../ui/jobspane.cpp" line="189"/>
        <source>Clean up job</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/jobspane.cpp" line="174"/>
        <source>Could not read the instance of job %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/jobspane.cpp" line="199"/>
        <source>Interrupted; resumed as job %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/jobspane.cpp" line="200"/>
        <source>Interrupted; cleaned up by job %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/jobspane.cpp" line="216"/>
        <source>Select a queued or running job to cancel it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/jobspane.cpp" line="222"/>
        <source>No catalog is open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/jobspane.cpp" line="224"/>
        <source>Select one interrupted job.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/jobspane.cpp" line="226"/>
        <source>Reading the interrupted job&apos;s instance; wait a moment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/jobspane.cpp" line="234"/>
        <source>Clean up what the interrupted job left behind, then run its action again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/jobspane.cpp" line="236"/>
        <source>Remove what the interrupted job left behind and put its instance in the error state, from where it can be retried or deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/jobspane.cpp" line="244"/>
        <source>&lt;p&gt;Select a job to read its log.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/jobspane.cpp" line="246"/>
        <source>&lt;p&gt;%n jobs selected.&lt;/p&gt;</source>
        <translation>
            <numerusform>&lt;p&gt;%n jobs selected.&lt;/p&gt;</numerusform>
            <numerusform>&lt;p&gt;%n jobs selected.&lt;/p&gt;</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/jobspane.cpp" line="255"/>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/jobspane.cpp" line="256"/>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/jobspane.cpp" line="257"/>
        <source>Target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/jobspane.cpp" line="257"/>
        <source>%1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/jobspane.cpp" line="258"/>
        <source>Step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/jobspane.cpp" line="259"/>
        <source>Progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/jobspane.cpp" line="259"/>
        <source>%1 %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/jobspane.cpp" line="260"/>
        <source>Created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/jobspane.cpp" line="261"/>
        <source>Elapsed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/jobspane.cpp" line="263"/>
        <source>Error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/jobspane.cpp" line="270"/>
        <source>&lt;h4&gt;Log&lt;/h4&gt;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>saasodoo::ui::LimitsDialog</name>
    <message>
        <location filename="../ui/instanceactiondialogs.cpp" line="98"/>
        <source>Change limits of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/instanceactiondialogs.cpp" line="110"/>
        <source>The engine applies the new limits to the running container without a restart.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/instanceactiondialogs.cpp" line="116"/>
        <source>&amp;CPU:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/instanceactiondialogs.cpp" line="117"/>
        <source>&amp;Memory:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/instanceactiondialogs.cpp" line="136"/>
        <source>CPU</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/instanceactiondialogs.cpp" line="138"/>
        <location filename="../ui/instanceactiondialogs.cpp" line="140"/>
        <source>Memory</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>saasodoo::ui::ListPane</name>
    <message>
        <location filename="../ui/listpane.cpp" line="49"/>
        <source>Search (Ctrl+F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/listpane.cpp" line="199"/>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/listpane.cpp" line="311"/>
        <source>Columns</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>saasodoo::ui::LockScreen</name>
    <message>
        <location filename="../ui/lockscreen.cpp" line="22"/>
        <source>&lt;h2&gt;The console is locked&lt;/h2&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/lockscreen.cpp" line="24"/>
        <source>Secrets held in memory were dropped. Running jobs continue. Unlock to continue; the keychain may ask for its password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/lockscreen.cpp" line="29"/>
        <source>&amp;Unlock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/lockscreen.cpp" line="59"/>
        <source>Still locked: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>saasodoo::ui::MainWindow</name>
    <message>
        <location filename="../ui/mainwindow.cpp" line="61"/>
        <location filename="../ui/mainwindow.cpp" line="187"/>
        <source>SaaSOdoo Console</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="78"/>
        <source>Dashboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="79"/>
        <source>Customers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="80"/>
        <source>Tenants</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="81"/>
        <source>Instances</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="82"/>
        <source>Backups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="83"/>
        <source>Subscriptions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="84"/>
        <source>Hosts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="85"/>
        <source>Jobs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="163"/>
        <source>Catalog: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="164"/>
        <location filename="../ui/mainwindow.cpp" line="169"/>
        <source>Ready</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="166"/>
        <source>Catalog not open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="167"/>
        <source>The catalog could not be opened: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="217"/>
        <source>Could not read the instances of the interrupted jobs: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="243"/>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="244"/>
        <source>New &amp;customer…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="248"/>
        <source>New &amp;tenant…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="252"/>
        <source>New &amp;instance…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="256"/>
        <source>Add &amp;host…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="262"/>
        <source>&amp;Restore from file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="268"/>
        <source>Restore an Odoo backup (.zip or .dump) as a new instance or into an instance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="272"/>
        <source>&amp;Settings…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="277"/>
        <source>Sign &amp;out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="280"/>
        <source>Drop every secret held in memory and lock the console until the keychain unlocks it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="281"/>
        <source>Lock when &amp;idle…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="284"/>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="287"/>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="289"/>
        <source>&amp;Running jobs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="292"/>
        <source>Re&amp;load all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="295"/>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="296"/>
        <source>&amp;About SaaSOdoo Console</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="297"/>
        <source>About SaaSOdoo Console</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="298"/>
        <source>SaaSOdoo Console %1
Hosting administration for Odoo.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="308"/>
        <source>Settings saved. Restart the console for the catalog, backup and scheduler changes to take effect.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="309"/>
        <source>Settings saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="331"/>
        <source>Signed out: secrets dropped from memory.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="337"/>
        <source>Unlocked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="345"/>
        <source>Lock when idle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="346"/>
        <source>Lock the console after this many minutes without keyboard or mouse input (0 turns it off):</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/mainwindow.cpp" line="352"/>
        <source>The console locks after %n idle minute(s).</source>
        <translation>
            <numerusform>The console locks after %n idle minute.</numerusform>
            <numerusform>The console locks after %n idle minutes.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="353"/>
        <source>Idle lock turned off.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="374"/>
        <source>%1: done.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="375"/>
        <source>%1: cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="376"/>
        <source>%1: %2. %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="380"/>
        <source>Job finished</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/mainwindow.cpp" line="453"/>
        <source>%n job(s) still queued or running:
%1

If you quit, the console cancels them and stays open until each has stopped at its next step. A queued job does not start.</source>
        <translation>
            <numerusform>%n job still queued or running:
%1

If you quit, the console cancels them and stays open until each has stopped at its next step. A queued job does not start.</numerusform>
            <numerusform>%n jobs still queued or running:
%1

If you quit, the console cancels them and stays open until each has stopped at its next step. A queued job does not start.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="459"/>
        <source>A cancelled create removes what it created and leaves the instance in the error state; you can create it again later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="464"/>
        <source>A cancelled restore into an instance leaves the instance as it was; a cancelled restore as a new instance removes what it created.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="467"/>
        <source>Quit anyway?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="468"/>
        <source>Jobs are still running</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/mainwindow.cpp" line="506"/>
        <source>Quitting: waiting for %n job(s) to stop: %1</source>
        <translation>
            <numerusform>Quitting: waiting for %n job to stop: %1</numerusform>
            <numerusform>Quitting: waiting for %n jobs to stop: %1</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="509"/>
        <source>SaaSOdoo Console (quitting)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>saasodoo::ui::NavigationSidebar</name>
    <message>
        <location filename="../ui/navigationsidebar.cpp" line="46"/>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>saasodoo::ui::PaymentRequestDialog</name>
    <message>
        <location filename="../ui/billingdialogs.cpp" line="336"/>
        <source>Request payment of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/billingdialogs.cpp" line="339"/>
        <source>Invoice %1 for %2: %3, due %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/billingdialogs.cpp" line="347"/>
        <source>&amp;Web checkout: a Paynow link for the customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/billingdialogs.cpp" line="349"/>
        <source>&amp;EcoCash: a prompt on the customer&apos;s Econet phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/billingdialogs.cpp" line="351"/>
        <source>&amp;OneMoney: a prompt on the customer&apos;s NetOne phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/billingdialogs.cpp" line="360"/>
        <source>0771 234 567 or +263 77 123 4567</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/billingdialogs.cpp" line="366"/>
        <source>Method:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/billingdialogs.cpp" line="370"/>
        <source>&amp;Phone:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/billingdialogs.cpp" line="379"/>
        <source>E&amp;mail for Paynow:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/billingdialogs.cpp" line="381"/>
        <source>Email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/billingdialogs.cpp" line="384"/>
        <source>&amp;Send request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/billingdialogs.cpp" line="391"/>
        <source>&amp;Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/billingdialogs.cpp" line="393"/>
        <source>Open in &amp;browser</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/billingdialogs.cpp" line="441"/>
        <source>Link copied. Send it to the customer; this window shows when the payment arrives.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/billingdialogs.cpp" line="504"/>
        <source>Billing is not available: the catalog is not open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/billingdialogs.cpp" line="513"/>
        <source>Sending the request to Paynow…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/billingdialogs.cpp" line="544"/>
        <source>Payment %1 is waiting for the customer to pay through the link.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/billingdialogs.cpp" line="545"/>
        <source>Paynow prompted %1 with %2; the customer confirms on the phone. Payment %3 is waiting.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/billingdialogs.cpp" line="548"/>
        <source>Paynow status: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/billingdialogs.cpp" line="551"/>
        <source>Paid. Invoice %1 is settled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/billingdialogs.cpp" line="554"/>
        <source>Payment %1 is %2 (Paynow status: %3). The invoice stays open; request the payment again if the customer still wants to pay.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>saasodoo::ui::PaymentTableModel</name>
    <message>
        <location filename="../ui/billingtablemodels.cpp" line="297"/>
        <source>Reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/billingtablemodels.cpp" line="298"/>
        <source>Invoice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/billingtablemodels.cpp" line="299"/>
        <source>Customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/billingtablemodels.cpp" line="300"/>
        <source>Method</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/billingtablemodels.cpp" line="303"/>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/billingtablemodels.cpp" line="304"/>
        <source>Amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/billingtablemodels.cpp" line="312"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/billingtablemodels.cpp" line="315"/>
        <source>Paynow status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/billingtablemodels.cpp" line="316"/>
        <source>Requested</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>saasodoo::ui::PaymentsView</name>
    <message>
        <location filename="../ui/subscriptionspane.cpp" line="841"/>
        <source>&amp;Check with Paynow</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/subscriptionspane.cpp" line="843"/>
        <source>&amp;Stop checking</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/subscriptionspane.cpp" line="845"/>
        <source>C&amp;opy payment link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/subscriptionspane.cpp" line="848"/>
        <source>Open link in &amp;browser</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/subscriptionspane.cpp" line="850"/>
        <source>Ca&amp;ncel payment…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/subscriptionspane.cpp" line="852"/>
        <source>Mark &amp;refunded…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/subscriptionspane.cpp" line="854"/>
        <source>&amp;Apply to invoice…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/subscriptionspane.cpp" line="856"/>
        <source>&amp;Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/subscriptionspane.cpp" line="866"/>
        <source>Copied the Paynow link of %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/subscriptionspane.cpp" line="879"/>
        <source>All payments</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/subscriptionspane.cpp" line="905"/>
        <source>%n payment(s)</source>
        <translation>
            <numerusform>%n payment</numerusform>
            <numerusform>%n payments</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/subscriptionspane.cpp" line="906"/>
        <source>%1; refunds due: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/subscriptionspane.cpp" line="920"/>
        <source>Cancelling the payment…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/subscriptionspane.cpp" line="926"/>
        <source>Cancelled payment %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/subscriptionspane.cpp" line="953"/>
        <source>Payment %1 is recorded as refunded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/subscriptionspane.cpp" line="966"/>
        <source>Cancel payment %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/subscriptionspane.cpp" line="967"/>
        <source>Cancel payment %1 of %2 for invoice %3? The invoice can then take a new payment request or be voided. Paynow cannot be told: if the customer still pays, the payment is recorded when its status arrives.

Reason (optional):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/subscriptionspane.cpp" line="977"/>
        <source>Payment not cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/subscriptionspane.cpp" line="987"/>
        <source>Record that payment %1 of %2 was refunded to the customer outside Paynow? It is no longer listed as a refund due.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/subscriptionspane.cpp" line="991"/>
        <source>It paid invoice %1, which opens again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/subscriptionspane.cpp" line="993"/>
        <source>Mark payment %1 refunded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/subscriptionspane.cpp" line="999"/>
        <source>Payment not marked refunded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/subscriptionspane.cpp" line="1037"/>
        <source>Resuming the customer&apos;s suspended instances.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/subscriptionspane.cpp" line="1070"/>
        <source>No invoice to apply payment %1 to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/subscriptionspane.cpp" line="1071"/>
        <source>Payment %1 of %2 can be applied only to an open invoice of the same customer, currency and amount, and there is none. Refund it and mark it refunded instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/subscriptionspane.cpp" line="1079"/>
        <location filename="../ui/subscriptionspane.cpp" line="1091"/>
        <source>Apply payment %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/subscriptionspane.cpp" line="1080"/>
        <source>Apply payment %1 of %2 to invoice %3? The invoice is then paid, the payment is no longer a refund due, and instances suspended for unpaid invoices resume when none is overdue.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/subscriptionspane.cpp" line="1089"/>
        <source>%1, due %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/subscriptionspane.cpp" line="1092"/>
        <source>Apply payment %1 of %2 to the open invoice:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/subscriptionspane.cpp" line="1099"/>
        <source>Payment not applied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/subscriptionspane.cpp" line="1140"/>
        <source>Select pending payments that the console is not checking already.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/subscriptionspane.cpp" line="1142"/>
        <source>Select payments that the console is checking.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/subscriptionspane.cpp" line="1144"/>
        <location filename="../ui/subscriptionspane.cpp" line="1146"/>
        <source>Select one web checkout payment; mobile payments have no link.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/subscriptionspane.cpp" line="1150"/>
        <source>Payment %1 is %2; only a pending payment can be cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/subscriptionspane.cpp" line="1152"/>
        <source>Select one pending payment to cancel it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/subscriptionspane.cpp" line="1155"/>
        <source>Select one payment that was applied to mark it refunded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/subscriptionspane.cpp" line="1157"/>
        <source>Payment %1 is recorded as refunded already.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/subscriptionspane.cpp" line="1159"/>
        <source>Payment %1 is %2 and was never applied, so there is nothing to refund.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/subscriptionspane.cpp" line="1165"/>
        <source>Payment %1 is not held as a refund due, so there is nothing to apply.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/subscriptionspane.cpp" line="1166"/>
        <source>Select one payment held as a refund due to apply it to an invoice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/subscriptionspane.cpp" line="1174"/>
        <source>&lt;p&gt;Select a payment to see its Paynow details.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/subscriptionspane.cpp" line="1176"/>
        <source>&lt;p&gt;%n payments selected.&lt;/p&gt;</source>
        <translation>
            <numerusform>&lt;p&gt;%n payments selected.&lt;/p&gt;</numerusform>
            <numerusform>&lt;p&gt;%n payments selected.&lt;/p&gt;</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/subscriptionspane.cpp" line="1184"/>
        <source>Invoice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/subscriptionspane.cpp" line="1185"/>
        <source>Customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/subscriptionspane.cpp" line="1186"/>
        <source>Method</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/subscriptionspane.cpp" line="1187"/>
        <source>Amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/subscriptionspane.cpp" line="1188"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/subscriptionspane.cpp" line="1189"/>
        <source>%1, checking with Paynow</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/subscriptionspane.cpp" line="1191"/>
        <source>Paynow status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/subscriptionspane.cpp" line="1191"/>
        <source>No update yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/subscriptionspane.cpp" line="1192"/>
        <source>Paynow reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/subscriptionspane.cpp" line="1193"/>
        <source>Requested</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/subscriptionspane.cpp" line="1196"/>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/subscriptionspane.cpp" line="1198"/>
        <source>Failure reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/subscriptionspane.cpp" line="887"/>
        <location filename="../ui/subscriptionspane.cpp" line="1203"/>
        <location filename="../ui/subscriptionspane.cpp" line="1206"/>
        <location filename="../ui/subscriptionspane.cpp" line="1212"/>
        <source>Refund due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/subscriptionspane.cpp" line="938"/>
        <source>Recording the refund…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/subscriptionspane.cpp" line="944"/>
        <source>Payment %1 is %2 and was not applied, or is refunded already, so there is nothing to mark.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/subscriptionspane.cpp" line="952"/>
        <source>Payment %1 is recorded as refunded. %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/subscriptionspane.cpp" line="1016"/>
        <source>Applying the payment…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/subscriptionspane.cpp" line="1026"/>
        <source>Payment %1 is applied to invoice %2, which is paid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/subscriptionspane.cpp" line="1035"/>
        <source>Instances not resumed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/subscriptionspane.cpp" line="1203"/>
        <source>Arrived %1 for an invoice paid already</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/subscriptionspane.cpp" line="1206"/>
        <source>Arrived %1 for a void invoice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/subscriptionspane.cpp" line="1209"/>
        <source>Refunded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/subscriptionspane.cpp" line="1209"/>
        <source>Recorded after it was applied %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/subscriptionspane.cpp" line="1213"/>
        <source>Paynow reported it paid %1, after it was closed; refund it or apply it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/subscriptionspane.cpp" line="1217"/>
        <source>Settled the invoice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/subscriptionspane.cpp" line="1219"/>
        <source>Applied to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/subscriptionspane.cpp" line="1225"/>
        <source>&lt;p&gt;Payment link: &lt;a href=&quot;%1&quot;&gt;%1&lt;/a&gt;&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>saasodoo::ui::PlanDialog</name>
    <message>
        <location filename="../ui/billingdialogs.cpp" line="59"/>
        <source>%1 &quot;%2&quot; is not an amount such as 25 or 25.00.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/billingdialogs.cpp" line="79"/>
        <source>New plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/billingdialogs.cpp" line="79"/>
        <source>Edit plan %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/billingdialogs.cpp" line="96"/>
        <source>Starter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/billingdialogs.cpp" line="98"/>
        <source>25.00</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/billingdialogs.cpp" line="100"/>
        <source>650.00</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/billingdialogs.cpp" line="103"/>
        <source>2 or 1.5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/billingdialogs.cpp" line="105"/>
        <source>4G</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/billingdialogs.cpp" line="107"/>
        <source>50G</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/billingdialogs.cpp" line="109"/>
        <location filename="../ui/billingdialogs.cpp" line="113"/>
        <source> days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/billingdialogs.cpp" line="110"/>
        <source>An instance of a subscriber without its own retention policy (&apos;saasodoo backup policy&apos;) keeps min(7, days) daily, min(4, days / 7) weekly and min(3, days / 31) monthly backups. 0 keeps the default of 7 daily, 4 weekly and 3 monthly.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/billingdialogs.cpp" line="114"/>
        <source>Takes new subscriptions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/billingdialogs.cpp" line="120"/>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/billingdialogs.cpp" line="121"/>
        <source>Plan name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/billingdialogs.cpp" line="122"/>
        <source>Price in &amp;USD per month:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/billingdialogs.cpp" line="123"/>
        <source>The USD price</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/billingdialogs.cpp" line="124"/>
        <source>Price in &amp;ZWG per month:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/billingdialogs.cpp" line="125"/>
        <source>The ZWG price</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/billingdialogs.cpp" line="126"/>
        <source>&amp;Instances at most:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/billingdialogs.cpp" line="127"/>
        <source>&amp;CPU cores in total:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/billingdialogs.cpp" line="129"/>
        <source>CPU &quot;%1&quot; is not a number of cores such as 2 or 1.5.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/billingdialogs.cpp" line="132"/>
        <source>&amp;Memory in total:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/billingdialogs.cpp" line="133"/>
        <source>Plan memory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/billingdialogs.cpp" line="134"/>
        <source>&amp;Storage in total:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/billingdialogs.cpp" line="135"/>
        <source>Plan storage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/billingdialogs.cpp" line="136"/>
        <source>Backup &amp;retention:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/billingdialogs.cpp" line="137"/>
        <source>&amp;Trial:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>saasodoo::ui::PlanTableModel</name>
    <message>
        <location filename="../ui/billingtablemodels.cpp" line="122"/>
        <source>Plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/billingtablemodels.cpp" line="123"/>
        <source>USD / month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/billingtablemodels.cpp" line="128"/>
        <source>ZWG / month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/billingtablemodels.cpp" line="133"/>
        <source>Instances</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/billingtablemodels.cpp" line="134"/>
        <source>CPU cores</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/billingtablemodels.cpp" line="139"/>
        <source>Memory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/billingtablemodels.cpp" line="142"/>
        <source>Storage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/billingtablemodels.cpp" line="145"/>
        <source>Backup retention</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/billingtablemodels.cpp" line="146"/>
        <location filename="../ui/billingtablemodels.cpp" line="148"/>
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n day</numerusform>
            <numerusform>%n days</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/billingtablemodels.cpp" line="148"/>
        <source>Trial</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/billingtablemodels.cpp" line="150"/>
        <source>Subscriptions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/billingtablemodels.cpp" line="152"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/billingtablemodels.cpp" line="153"/>
        <source>Active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/billingtablemodels.cpp" line="153"/>
        <source>Inactive</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>saasodoo::ui::PlansView</name>
    <message>
        <location filename="../ui/subscriptionspane.cpp" line="84"/>
        <source>&amp;New plan…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/subscriptionspane.cpp" line="86"/>
        <source>&amp;Edit plan…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/subscriptionspane.cpp" line="88"/>
        <source>&amp;Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/subscriptionspane.cpp" line="94"/>
        <source>%n plan(s)</source>
        <translation>
            <numerusform>%n plan</numerusform>
            <numerusform>%n plans</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/subscriptionspane.cpp" line="96"/>
        <source>All plans</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/subscriptionspane.cpp" line="97"/>
        <source>Active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/subscriptionspane.cpp" line="98"/>
        <source>Inactive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/subscriptionspane.cpp" line="122"/>
        <source>Added plan %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/subscriptionspane.cpp" line="159"/>
        <source>Saved plan %1. Subscriptions pay the new price from their next invoice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/subscriptionspane.cpp" line="171"/>
        <source>Reading the plan to edit; wait a moment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/subscriptionspane.cpp" line="172"/>
        <source>Select exactly one plan to edit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/subscriptionspane.cpp" line="179"/>
        <source>&lt;p&gt;Select a plan to see its limits.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/subscriptionspane.cpp" line="181"/>
        <source>&lt;p&gt;%n plans selected.&lt;/p&gt;</source>
        <translation>
            <numerusform>&lt;p&gt;%n plans selected.&lt;/p&gt;</numerusform>
            <numerusform>&lt;p&gt;%n plans selected.&lt;/p&gt;</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/subscriptionspane.cpp" line="190"/>
        <source>Price</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/subscriptionspane.cpp" line="191"/>
        <source>%1 or %2 a month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/subscriptionspane.cpp" line="194"/>
        <source>Instances</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/subscriptionspane.cpp" line="195"/>
        <source>CPU cores</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/subscriptionspane.cpp" line="196"/>
        <source>Memory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/subscriptionspane.cpp" line="197"/>
        <source>Storage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/subscriptionspane.cpp" line="198"/>
        <source>Backup retention</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/subscriptionspane.cpp" line="199"/>
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n day</numerusform>
            <numerusform>%n days</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/subscriptionspane.cpp" line="199"/>
        <source>Trial</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/subscriptionspane.cpp" line="200"/>
        <source>Subscriptions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/subscriptionspane.cpp" line="201"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/subscriptionspane.cpp" line="201"/>
        <source>Takes new subscriptions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/subscriptionspane.cpp" line="201"/>
        <source>Takes no new subscriptions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/subscriptionspane.cpp" line="202"/>
        <source>Updated by</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>saasodoo::ui::RestoreChoiceDialog</name>
    <message>
        <location filename="../ui/restorechoicedialog.cpp" line="164"/>
        <source>Restore as &amp;new instance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/restorechoicedialog.cpp" line="166"/>
        <location filename="../ui/restorechoicedialog.cpp" line="279"/>
        <source>Restore &amp;into an instance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/restorechoicedialog.cpp" line="167"/>
        <location filename="../ui/restorechoicedialog.cpp" line="279"/>
        <source>Restore &amp;into %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/restorechoicedialog.cpp" line="34"/>
        <source>Restore %1 as a new instance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/restorechoicedialog.cpp" line="35"/>
        <source>Restore %1 into %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/restorechoicedialog.cpp" line="54"/>
        <location filename="../ui/restorechoicedialog.cpp" line="301"/>
        <source>The restore engine rejects this file: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/restorechoicedialog.cpp" line="70"/>
        <source>As a new instance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/restorechoicedialog.cpp" line="80"/>
        <source>Choose a tenant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/restorechoicedialog.cpp" line="89"/>
        <source>Automatic: the host with the most free memory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/restorechoicedialog.cpp" line="95"/>
        <location filename="../ui/restorechoicedialog.cpp" line="102"/>
        <source>Odoo %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/restorechoicedialog.cpp" line="97"/>
        <source>The backup records Odoo %1, and Odoo cannot open a database of another version.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/restorechoicedialog.cpp" line="100"/>
        <source>Choose a series</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/restorechoicedialog.cpp" line="103"/>
        <source>The file records no Odoo version: choose the series of the database it contains.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/restorechoicedialog.cpp" line="116"/>
        <source>Neutralize the copy: disable outgoing mail and scheduled actions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/restorechoicedialog.cpp" line="120"/>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/restorechoicedialog.cpp" line="126"/>
        <source>&amp;Tenant:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/restorechoicedialog.cpp" line="128"/>
        <source>No tenant exists: add one in the Tenants pane first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/restorechoicedialog.cpp" line="130"/>
        <source>Choose the tenant that the new instance belongs to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/restorechoicedialog.cpp" line="133"/>
        <source>&amp;Host:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/restorechoicedialog.cpp" line="134"/>
        <source>&amp;Odoo version:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/restorechoicedialog.cpp" line="136"/>
        <source>Choose the Odoo series of the new instance: the file records no version.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/restorechoicedialog.cpp" line="139"/>
        <source>&amp;CPU:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/restorechoicedialog.cpp" line="139"/>
        <source>CPU limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/restorechoicedialog.cpp" line="140"/>
        <source>&amp;Memory:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/restorechoicedialog.cpp" line="141"/>
        <location filename="../ui/restorechoicedialog.cpp" line="144"/>
        <location filename="../ui/restorechoicedialog.cpp" line="239"/>
        <source>Memory limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/restorechoicedialog.cpp" line="152"/>
        <source>Into an existing instance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/restorechoicedialog.cpp" line="155"/>
        <source>Choose an instance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/restorechoicedialog.cpp" line="159"/>
        <source>I&amp;nstance:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/restorechoicedialog.cpp" line="245"/>
        <source>%1 (tenant %2, customer %3, Odoo %4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/restorechoicedialog.cpp" line="268"/>
        <source>Choose the instance to restore into.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/restorechoicedialog.cpp" line="281"/>
        <location filename="../ui/restorechoicedialog.cpp" line="293"/>
        <source>Takes a safety backup of %1, then replaces its database and files with the backup&apos;s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/restorechoicedialog.cpp" line="286"/>
        <source>No instance&apos;s state allows a restore. Drop the file on an instance&apos;s row, or select one and choose Restore into this instance from file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/restorechoicedialog.cpp" line="303"/>
        <source>A new instance needs a tenant and a host: add them first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/restorechoicedialog.cpp" line="335"/>
        <source>&lt;b&gt;%1&lt;/b&gt; (%2) is a pg_dump custom-format archive: a database without a filestore.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/restorechoicedialog.cpp" line="341"/>
        <source>It records no Odoo version (its table ir_module_module has no row for module base).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/restorechoicedialog.cpp" line="342"/>
        <source>Odoo version: %1, read from module base in its table ir_module_module.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/restorechoicedialog.cpp" line="347"/>
        <source>&lt;b&gt;%1&lt;/b&gt; (%2) is an Odoo backup with manifest.json and dump.sql</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/restorechoicedialog.cpp" line="348"/>
        <source>, and a filestore.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/restorechoicedialog.cpp" line="348"/>
        <source>, without a filestore.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/restorechoicedialog.cpp" line="358"/>
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
    <name>saasodoo::ui::SettingsDialog</name>
    <message>
        <location filename="../ui/settingsdialog.cpp" line="67"/>
        <source>stored in the keychain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settingsdialog.cpp" line="68"/>
        <source>Kept in the keychain and never shown. Leave empty to keep the stored value.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settingsdialog.cpp" line="114"/>
        <source>Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settingsdialog.cpp" line="119"/>
        <source>Choose the backup directory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settingsdialog.cpp" line="120"/>
        <source>Choose the catalog file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settingsdialog.cpp" line="121"/>
        <source>SQLite catalogs (*.sqlite *.db);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settingsdialog.cpp" line="150"/>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settingsdialog.cpp" line="155"/>
        <source>&amp;Catalog</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settingsdialog.cpp" line="156"/>
        <source>&amp;Backups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settingsdialog.cpp" line="157"/>
        <source>&amp;New instances</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settingsdialog.cpp" line="158"/>
        <source>Bi&amp;lling</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settingsdialog.cpp" line="201"/>
        <source>SQLite file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settingsdialog.cpp" line="202"/>
        <source>PostgreSQL server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settingsdialog.cpp" line="207"/>
        <source>Catalog &amp;file:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settingsdialog.cpp" line="221"/>
        <source>db.example.co.zw</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settingsdialog.cpp" line="223"/>
        <location filename="../ui/settingsdialog.cpp" line="224"/>
        <source>saasodoo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settingsdialog.cpp" line="237"/>
        <source>&amp;Host:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settingsdialog.cpp" line="238"/>
        <source>PostgreSQL host</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settingsdialog.cpp" line="240"/>
        <source>&amp;Port:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settingsdialog.cpp" line="241"/>
        <source>&amp;Database:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settingsdialog.cpp" line="242"/>
        <source>Catalog database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settingsdialog.cpp" line="244"/>
        <source>&amp;User:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settingsdialog.cpp" line="245"/>
        <source>PostgreSQL user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settingsdialog.cpp" line="247"/>
        <source>Pass&amp;word:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settingsdialog.cpp" line="248"/>
        <source>&amp;SSL mode:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settingsdialog.cpp" line="255"/>
        <source>&amp;Test connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settingsdialog.cpp" line="260"/>
        <source>Back&amp;end:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settingsdialog.cpp" line="268"/>
        <source>The console uses the catalog %1 now. A change here takes effect when the console restarts; --catalog and SAASODOO_CATALOG still take precedence.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settingsdialog.cpp" line="270"/>
        <source>(none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settingsdialog.cpp" line="280"/>
        <source>Backup &amp;directory:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settingsdialog.cpp" line="284"/>
        <source>empty for AWS, or https://s3.example.co.zw</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settingsdialog.cpp" line="286"/>
        <source>empty: no copy on S3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settingsdialog.cpp" line="287"/>
        <source>saasodoo/</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settingsdialog.cpp" line="290"/>
        <source>Automatic (virtual-hosted on AWS, else path-style)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settingsdialog.cpp" line="292"/>
        <source>Path-style (endpoint/bucket/key)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settingsdialog.cpp" line="293"/>
        <source>Virtual-hosted (bucket.endpoint/key)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settingsdialog.cpp" line="298"/>
        <source>&amp;Endpoint:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settingsdialog.cpp" line="300"/>
        <source>&amp;Region:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settingsdialog.cpp" line="301"/>
        <source>B&amp;ucket:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settingsdialog.cpp" line="302"/>
        <source>Key &amp;prefix:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settingsdialog.cpp" line="303"/>
        <source>&amp;Addressing:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settingsdialog.cpp" line="304"/>
        <source>Access &amp;key id:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settingsdialog.cpp" line="305"/>
        <source>&amp;Secret access key:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settingsdialog.cpp" line="306"/>
        <source>&amp;Test bucket</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settingsdialog.cpp" line="310"/>
        <source>S3 copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settingsdialog.cpp" line="319"/>
        <source>The backup jobs read these settings when the console starts: a change takes effect after a restart.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settingsdialog.cpp" line="323"/>
        <source>The environment variable %1 is set and overrides the saved value.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settingsdialog.cpp" line="326"/>
        <source>The environment variables %1 are set and override the saved values.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settingsdialog.cpp" line="332"/>
        <source>Backups and restores fail until this is corrected: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settingsdialog.cpp" line="343"/>
        <source>Newest supported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settingsdialog.cpp" line="354"/>
        <source>2G</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settingsdialog.cpp" line="355"/>
        <source>10G</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settingsdialog.cpp" line="358"/>
        <source>Odoo &amp;version:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settingsdialog.cpp" line="359"/>
        <source>C&amp;PU:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settingsdialog.cpp" line="359"/>
        <source>CPU limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settingsdialog.cpp" line="360"/>
        <source>&amp;Memory:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settingsdialog.cpp" line="361"/>
        <source>Memory limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settingsdialog.cpp" line="362"/>
        <source>&amp;Storage:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settingsdialog.cpp" line="363"/>
        <source>Storage limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settingsdialog.cpp" line="364"/>
        <source>Defaults for new instances</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settingsdialog.cpp" line="367"/>
        <source>The new-instance wizard proposes these values.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settingsdialog.cpp" line="369"/>
        <source> minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settingsdialog.cpp" line="370"/>
        <source>Off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settingsdialog.cpp" line="372"/>
        <source>&amp;Interval:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settingsdialog.cpp" line="374"/>
        <source>Scheduler</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settingsdialog.cpp" line="378"/>
        <source>How often the console runs the billing run with dunning and the due backups. A change takes effect after a restart.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settingsdialog.cpp" line="392"/>
        <location filename="../ui/settingsdialog.cpp" line="393"/>
        <location filename="../ui/settingsdialog.cpp" line="394"/>
        <source> days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settingsdialog.cpp" line="404"/>
        <source>https://example.co.zw/paid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settingsdialog.cpp" line="405"/>
        <source>https://example.co.zw/paynow/result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settingsdialog.cpp" line="415"/>
        <source>&amp;VAT rate (%):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settingsdialog.cpp" line="417"/>
        <source>Payment &amp;terms:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settingsdialog.cpp" line="418"/>
        <source>&amp;Grace period:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settingsdialog.cpp" line="419"/>
        <source>Suspend &amp;after:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settingsdialog.cpp" line="420"/>
        <source>Company na&amp;me:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settingsdialog.cpp" line="422"/>
        <source>Company name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settingsdialog.cpp" line="424"/>
        <source>Company a&amp;ddress:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settingsdialog.cpp" line="425"/>
        <source>Ta&amp;x number:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settingsdialog.cpp" line="426"/>
        <source>Tax number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settingsdialog.cpp" line="428"/>
        <source>&amp;Email:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settingsdialog.cpp" line="430"/>
        <source>Company email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settingsdialog.cpp" line="432"/>
        <source>P&amp;hone:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settingsdialog.cpp" line="435"/>
        <source>Paynow base &amp;URL:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settingsdialog.cpp" line="437"/>
        <source>&amp;Return URL:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settingsdialog.cpp" line="439"/>
        <source>Re&amp;sult URL:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settingsdialog.cpp" line="441"/>
        <source>USD integration &amp;id:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settingsdialog.cpp" line="443"/>
        <source>Enter both the USD integration id and key, or leave both empty to keep the stored ones.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settingsdialog.cpp" line="445"/>
        <source>USD integration &amp;key:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settingsdialog.cpp" line="446"/>
        <source>&amp;ZWG integration id:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settingsdialog.cpp" line="448"/>
        <source>Enter both the ZWG integration id and key, or leave both empty to keep the stored ones.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settingsdialog.cpp" line="450"/>
        <source>ZWG integration ke&amp;y:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settingsdialog.cpp" line="452"/>
        <source>Invoices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settingsdialog.cpp" line="454"/>
        <source>Paynow</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settingsdialog.cpp" line="467"/>
        <source>Billing settings are kept in the catalog and apply at once. Integration ids and keys go to the keychain and are never shown: leave them empty to keep the stored ones.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settingsdialog.cpp" line="515"/>
        <source>The catalog is not open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settingsdialog.cpp" line="532"/>
        <source>Billing settings cannot be edited: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settingsdialog.cpp" line="569"/>
        <location filename="../ui/settingsdialog.cpp" line="599"/>
        <source>Testing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settingsdialog.cpp" line="616"/>
        <source>The S3 access key id is not in the keychain: type it. (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settingsdialog.cpp" line="624"/>
        <source>The S3 secret access key is not in the keychain: type it. (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settingsdialog.cpp" line="717"/>
        <source>Nothing was saved, because the keychain did not store a secret: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settingsdialog.cpp" line="799"/>
        <source>The other settings were saved, but the billing settings were not: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>saasodoo::ui::SubscriptionDialog</name>
    <message>
        <location filename="../ui/billingdialogs.cpp" line="204"/>
        <source>New subscription</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/billingdialogs.cpp" line="209"/>
        <source>%1 &lt;%2&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/billingdialogs.cpp" line="219"/>
        <source>%1 (%2 or %3 a month)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/billingdialogs.cpp" line="226"/>
        <source>USD</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/billingdialogs.cpp" line="227"/>
        <source>ZWG</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/billingdialogs.cpp" line="235"/>
        <source>&amp;Customer:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/billingdialogs.cpp" line="236"/>
        <source>&amp;Plan:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/billingdialogs.cpp" line="237"/>
        <source>C&amp;urrency:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/billingdialogs.cpp" line="238"/>
        <source>&amp;Starts on:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/billingdialogs.cpp" line="253"/>
        <source>Every customer already has a subscription. Cancel one first, or add a customer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/billingdialogs.cpp" line="254"/>
        <source>No plan takes new subscriptions. Add a plan, or mark one active.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/billingdialogs.cpp" line="279"/>
        <source>Grant the plan&apos;s %n-day trial again (this customer had a subscription before)</source>
        <translation>
            <numerusform>Grant the plan&apos;s %n-day trial again (this customer had a subscription before)</numerusform>
            <numerusform>Grant the plan&apos;s %n-day trial again (this customer had a subscription before)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/billingdialogs.cpp" line="282"/>
        <source>Start with the plan&apos;s %n-day trial</source>
        <translation>
            <numerusform>Start with the plan&apos;s %n-day trial</numerusform>
            <numerusform>Start with the plan&apos;s %n-day trial</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/billingdialogs.cpp" line="305"/>
        <source>Invoice the same days again?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/billingdialogs.cpp" line="306"/>
        <source>Subscribe anyway?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/billingdialogs.cpp" line="277"/>
        <source>This plan has no trial</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>saasodoo::ui::SubscriptionTableModel</name>
    <message>
        <location filename="../ui/billingtablemodels.cpp" line="179"/>
        <source>Customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/billingtablemodels.cpp" line="180"/>
        <source>Plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/billingtablemodels.cpp" line="181"/>
        <source>Currency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/billingtablemodels.cpp" line="183"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/billingtablemodels.cpp" line="188"/>
        <source>Period start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/billingtablemodels.cpp" line="191"/>
        <source>Period end</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/billingtablemodels.cpp" line="194"/>
        <source>Next invoice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/billingtablemodels.cpp" line="197"/>
        <source>Updated</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>saasodoo::ui::SubscriptionsPane</name>
    <message>
        <location filename="../ui/subscriptionspane.cpp" line="61"/>
        <source>The catalog is not open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/subscriptionspane.cpp" line="66"/>
        <source>A billing change is being saved; wait until it is done.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/subscriptionspane.cpp" line="71"/>
        <source>None</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/subscriptionspane.cpp" line="1265"/>
        <source>&amp;Plans</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/subscriptionspane.cpp" line="1266"/>
        <source>&amp;Subscriptions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/subscriptionspane.cpp" line="1267"/>
        <source>&amp;Invoices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/subscriptionspane.cpp" line="1268"/>
        <source>Pa&amp;yments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/subscriptionspane.cpp" line="1378"/>
        <source>Could not load billing records: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>saasodoo::ui::SubscriptionsView</name>
    <message>
        <location filename="../ui/subscriptionspane.cpp" line="215"/>
        <source>&amp;New subscription…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/subscriptionspane.cpp" line="217"/>
        <source>Change &amp;plan…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/subscriptionspane.cpp" line="219"/>
        <source>&amp;Cancel subscription…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/subscriptionspane.cpp" line="221"/>
        <source>&amp;Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/subscriptionspane.cpp" line="227"/>
        <source>%n subscription(s)</source>
        <translation>
            <numerusform>%n subscription</numerusform>
            <numerusform>%n subscriptions</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/subscriptionspane.cpp" line="229"/>
        <source>All subscriptions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/subscriptionspane.cpp" line="230"/>
        <source>Not cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/subscriptionspane.cpp" line="307"/>
        <source>Subscribed %1 to %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/subscriptionspane.cpp" line="322"/>
        <source>%1 moves to plan %2 from the next invoice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/subscriptionspane.cpp" line="343"/>
        <source>%1 (%2 a month)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/subscriptionspane.cpp" line="363"/>
        <source>No other plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/subscriptionspane.cpp" line="364"/>
        <source>No other active plan exists for %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/subscriptionspane.cpp" line="374"/>
        <source>Change plan of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/subscriptionspane.cpp" line="369"/>
        <source>New plan for %1, from the next invoice on:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/subscriptionspane.cpp" line="300"/>
        <source>The customer&apos;s earlier invoices could not be checked: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/subscriptionspane.cpp" line="317"/>
        <source>Changing the plan of %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/subscriptionspane.cpp" line="360"/>
        <source>Not offered, because they have no %1 price: %2. Give them one with Edit plan on the Plans tab.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/subscriptionspane.cpp" line="365"/>
        <source>No other active plan has a %1 price for %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/subscriptionspane.cpp" line="380"/>
        <source>Plan not changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/subscriptionspane.cpp" line="393"/>
        <source>Cancel the subscription of %1 to plan %2?

No further invoices are issued. Open invoices stay open and can still be paid, and the instances keep running.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/subscriptionspane.cpp" line="401"/>
        <location filename="../ui/subscriptionspane.cpp" line="434"/>
        <source>Subscription not cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/subscriptionspane.cpp" line="410"/>
        <source>%1 has %n open invoice(s), %2 of them overdue. They stay owed after the cancellation: dunning still suspends the instances when they are overdue, and paying them resumes the instances that dunning suspended.</source>
        <translation>
            <numerusform>%1 has %n open invoice, %2 of them overdue. They stay owed after the cancellation: dunning still suspends the instances when they are overdue, and paying them resumes the instances that dunning suspended.</numerusform>
            <numerusform>%1 has %n open invoices, %2 of them overdue. They stay owed after the cancellation: dunning still suspends the instances when they are overdue, and paying them resumes the instances that dunning suspended.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/subscriptionspane.cpp" line="417"/>
        <source>Cancel subscription of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/subscriptionspane.cpp" line="423"/>
        <source>Cancelling the subscription of %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/subscriptionspane.cpp" line="427"/>
        <source>Cancelled in the console</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/subscriptionspane.cpp" line="433"/>
        <source>The subscription of %1 was not cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/subscriptionspane.cpp" line="437"/>
        <source>Cancelled the subscription of %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/subscriptionspane.cpp" line="452"/>
        <source>Select one subscription that is not cancelled to change its plan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/subscriptionspane.cpp" line="454"/>
        <source>A cancellation is running; wait until it is done.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/subscriptionspane.cpp" line="455"/>
        <source>Select one subscription that is not cancelled yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/subscriptionspane.cpp" line="462"/>
        <source>&lt;p&gt;Select a subscription to see its period and history.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/subscriptionspane.cpp" line="464"/>
        <source>&lt;p&gt;%n subscriptions selected.&lt;/p&gt;</source>
        <translation>
            <numerusform>&lt;p&gt;%n subscriptions selected.&lt;/p&gt;</numerusform>
            <numerusform>&lt;p&gt;%n subscriptions selected.&lt;/p&gt;</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/subscriptionspane.cpp" line="471"/>
        <source>Plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/subscriptionspane.cpp" line="472"/>
        <source>Currency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/subscriptionspane.cpp" line="473"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/subscriptionspane.cpp" line="474"/>
        <source>Current period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/subscriptionspane.cpp" line="475"/>
        <location filename="../ui/subscriptionspane.cpp" line="496"/>
        <source>%1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/subscriptionspane.cpp" line="477"/>
        <source>Next invoice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/subscriptionspane.cpp" line="480"/>
        <source>Trial ends</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/subscriptionspane.cpp" line="489"/>
        <source>&lt;p&gt;Reading the history…&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/subscriptionspane.cpp" line="491"/>
        <source>&lt;h4&gt;History&lt;/h4&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/subscriptionspane.cpp" line="495"/>
        <source>created as %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/subscriptionspane.cpp" line="538"/>
        <source>Could not read the history: %1</source>
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
        <location filename="../ui/tenantdialog.cpp" line="44"/>
        <source>Edit tenant %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/tenantdialog.cpp" line="56"/>
        <source>The slug is locked because instances use it (%1): their subdomains and databases were named from it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/tenantdialog.cpp" line="62"/>
        <source>The customer is locked because the tenant has instances (%1), deleted ones included: their backups, usage and invoices belong to this customer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/tenantdialog.cpp" line="76"/>
        <source>%1 &lt;%2&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/tenantdialog.cpp" line="83"/>
        <source>mutare-hardware</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/tenantdialog.cpp" line="87"/>
        <source>&amp;Customer:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/tenantdialog.cpp" line="89"/>
        <source>No customer exists yet: add a customer first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/tenantdialog.cpp" line="92"/>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/tenantdialog.cpp" line="93"/>
        <source>Tenant name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/tenantdialog.cpp" line="95"/>
        <source>&amp;Slug:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>saasodoo::ui::TenantTableModel</name>
    <message>
        <location filename="../ui/tenanttablemodel.cpp" line="16"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/tenanttablemodel.cpp" line="17"/>
        <source>Slug</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/tenanttablemodel.cpp" line="18"/>
        <source>Customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/tenanttablemodel.cpp" line="19"/>
        <source>Instances</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/tenanttablemodel.cpp" line="21"/>
        <source>Created</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>saasodoo::ui::TenantsPane</name>
    <message>
        <location filename="../ui/tenantspane.cpp" line="23"/>
        <source>&amp;New tenant…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/tenantspane.cpp" line="24"/>
        <source>&amp;Edit tenant…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/tenantspane.cpp" line="25"/>
        <source>New &amp;instance…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/tenantspane.cpp" line="28"/>
        <source>&amp;Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/tenantspane.cpp" line="39"/>
        <source>All tenants</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/tenantspane.cpp" line="40"/>
        <source>With instances</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/tenantspane.cpp" line="41"/>
        <source>Without instances</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/tenantspane.cpp" line="55"/>
        <source>Could not load tenants: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/tenantspane.cpp" line="58"/>
        <source>%n tenant(s)</source>
        <translation>
            <numerusform>%n tenant</numerusform>
            <numerusform>%n tenants</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/tenantspane.cpp" line="88"/>
        <source>Added tenant %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/tenantspane.cpp" line="147"/>
        <source>Saved tenant %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/tenantspane.cpp" line="156"/>
        <source>The catalog is not open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/tenantspane.cpp" line="158"/>
        <source>Reading the records for the dialog; wait a moment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/tenantspane.cpp" line="163"/>
        <source>Select exactly one tenant to edit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/tenantspane.cpp" line="165"/>
        <source>Select one tenant, or none, to add an instance.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/tenantspane.cpp" line="172"/>
        <source>&lt;p&gt;Select a tenant to see its details.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/tenantspane.cpp" line="174"/>
        <source>&lt;p&gt;%n tenants selected.&lt;/p&gt;</source>
        <translation>
            <numerusform>&lt;p&gt;%n tenants selected.&lt;/p&gt;</numerusform>
            <numerusform>&lt;p&gt;%n tenants selected.&lt;/p&gt;</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/tenantspane.cpp" line="181"/>
        <source>Slug</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/tenantspane.cpp" line="182"/>
        <source>Customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/tenantspane.cpp" line="183"/>
        <source>Instances</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/tenantspane.cpp" line="184"/>
        <source>Created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/tenantspane.cpp" line="185"/>
        <source>Updated by</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>saasodoo::ui::UpdateModulesDialog</name>
    <message>
        <location filename="../ui/instanceactiondialogs.cpp" line="54"/>
        <source>Update modules of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/instanceactiondialogs.cpp" line="57"/>
        <source>sale, stock, account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/instanceactiondialogs.cpp" line="58"/>
        <source>Odoo stops, runs its module update (-u) for these modules and starts again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/instanceactiondialogs.cpp" line="64"/>
        <source>&amp;Modules:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/instanceactiondialogs.cpp" line="86"/>
        <source>Enter at least one module name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/instanceactiondialogs.cpp" line="88"/>
        <source>Modules</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>saasodoo::ui::VoidInvoiceDialog</name>
    <message>
        <location filename="../ui/billingdialogs.cpp" line="582"/>
        <source>Issued twice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/billingdialogs.cpp" line="587"/>
        <source>&amp;Reason:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/billingdialogs.cpp" line="588"/>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/billingdialogs.cpp" line="591"/>
        <source>&amp;Void invoice</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
