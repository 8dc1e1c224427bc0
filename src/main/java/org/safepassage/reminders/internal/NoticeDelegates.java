package org.safepassage.reminders.internal;

import java.util.Map;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.safepassage.reminders.NoticesProcess;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The notices processes' two steps, each a thin delegate over its service. A decided mail starts
 * its own instance (business key: the mail key), so each mail is one job with its own retries and,
 * if those run out, its own incident in Cockpit. The job's priority puts urgent mails (P0 work,
 * safety alerts) ahead of any backlog: the engine acquires jobs by priority.
 */
@Configuration(proxyBeanMethods = false)
class NoticeDelegates {

  @Bean("decideDueMails")
  JavaDelegate decideDueMails(NoticeRound round) {
    return execution -> round.decideDueMails().forEach(
        mail -> startSending(execution.getProcessEngineServices().getRuntimeService(), mail.key(), mail.priority()));
  }

  @Bean("sendMail")
  JavaDelegate sendMail(MailSending sending) {
    return execution -> sending.send((String) execution.getVariable(NoticesProcess.MAIL_KEY));
  }

  /** Starts the send step of a decided mail, in the caller's transaction. */
  static void startSending(RuntimeService runtimeService, String key, int priority) {
    runtimeService.startProcessInstanceByMessage(NoticesProcess.MAIL_DECIDED, key,
        Map.of(NoticesProcess.MAIL_KEY, key, NoticesProcess.MAIL_PRIORITY, priority));
  }
}
