package org.safepassage.reminders.internal;

import java.util.Map;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.safepassage.reminders.NoticesProcess;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The notices process's two steps, each a thin delegate over its service. A decided mail starts
 * its own instance (business key: the mail key), so each mail is one job with its own retries and,
 * if those run out, its own incident in Cockpit.
 */
@Configuration(proxyBeanMethods = false)
class NoticeDelegates {

  @Bean("decideDueMails")
  JavaDelegate decideDueMails(NoticeRound round) {
    return execution -> round.decideDueMails().forEach(key -> execution.getProcessEngineServices().getRuntimeService()
        .startProcessInstanceByMessage(NoticesProcess.MAIL_DECIDED, key, Map.of(NoticesProcess.MAIL_KEY, key)));
  }

  @Bean("sendMail")
  JavaDelegate sendMail(MailSending sending) {
    return execution -> sending.send((String) execution.getVariable(NoticesProcess.MAIL_KEY));
  }
}
