package io.cardvault.application.port.in.account;

/** Use case: change one's password; a wrong current password is a {@link WrongPasswordException}. */
public interface ChangePasswordUseCase {

    void changePassword(ChangePasswordCommand command);
}
