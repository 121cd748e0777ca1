package io.cardvault.adapter.out.mail;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.mail.Session;

/** The server's mail session ({@code <mailSession jndiName="mail/cardvault">} in server.xml), injectable. */
@ApplicationScoped
class MailSessionProducer {

    @Produces
    @Resource(lookup = "mail/cardvault")
    private Session session;
}
