package io.tradestream.dashboard.alerts;

/** A browser following a user's alerts. */
public interface AlertListener {
    /** One alert, as the dashboard's JSON. */
    void alert(String json);

    /**
     * Nothing new for a while: a listener writes something so that a closed connection is noticed
     * and proxies keep an idle one open.
     */
    void heartbeat();
}
