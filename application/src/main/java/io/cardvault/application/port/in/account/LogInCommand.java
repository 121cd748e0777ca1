package io.cardvault.application.port.in.account;

/** A login attempt: {@code login} is a username or an email address. */
public record LogInCommand(String login, String password) {

    public LogInCommand {
        login = login == null ? "" : login.strip();
        password = password == null ? "" : password;
    }

    @Override
    public String toString() {
        return "LogInCommand[" + login + "]";
    }
}
