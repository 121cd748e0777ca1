package io.cardvault.application.port.in.account;

/**
 * A login attempt: {@code login} is a username or an email address; {@code clientAddress} is the
 * socket peer the attempt came from (never a forwarded-for header), which the sign-in throttle
 * keys on.
 */
public record LogInCommand(String login, String password, String clientAddress) {

    public LogInCommand {
        login = login == null ? "" : login.strip();
        password = password == null ? "" : password;
        clientAddress = clientAddress == null || clientAddress.isBlank() ? "unknown" : clientAddress.strip();
    }

    @Override
    public String toString() {
        return "LogInCommand[" + login + " from " + clientAddress + "]";
    }
}
