package org.openplate.account;

import java.util.Map;

/**
 * Lets other features act on a new account without the account feature depending on them, e.g.
 * the profile feature fills the profile from the calculator entries carried through sign-up.
 */
public interface SignUpHook {
    /**
     * @param user   the account just created
     * @param fields every submitted form field except the password fields
     */
    void onSignUp(UserId user, Map<String, String> fields);
}
