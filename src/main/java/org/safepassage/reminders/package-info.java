/**
 * Mails: the notices process, send records, the new-work outbox. API: MailsSent, NoticesProcess.
 */
@ApplicationModule(displayName = "Reminders")
package org.safepassage.reminders;

import org.springframework.modulith.ApplicationModule;
