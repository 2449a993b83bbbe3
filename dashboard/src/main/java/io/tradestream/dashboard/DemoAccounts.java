package io.tradestream.dashboard;

import io.tradestream.dashboard.account.Accounts;
import java.util.List;

/** The accounts {@code ./tradestream demo} signs in with: the owners of its sample rules. */
final class DemoAccounts {
    static final List<String> USERS = List.of("demo", "alice");
    static final String PASSWORD = "tradestream-demo";

    private DemoAccounts() {}

    /** Creates the accounts that do not exist yet; an existing one keeps its password. */
    static void create(Accounts accounts) {
        for (String user : USERS) {
            accounts.create(user, PASSWORD);
        }
    }
}
