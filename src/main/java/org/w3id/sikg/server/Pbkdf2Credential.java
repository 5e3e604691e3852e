package org.w3id.sikg.server;

import java.security.MessageDigest;

import org.eclipse.jetty.util.security.Credential;

/**
 * A Jetty {@link Credential} checked against a {@link PasswordHash}.
 *
 * <p>PBKDF2 is slow on purpose (a second or so per check on a small server), which also makes every
 * authentication attempt cost the server that much. So the derivations of all credentials run one at a time (a
 * flood of attempts occupies one core, the queries keep the others), and a password once verified is recognised
 * afterwards by a salted SHA-256 fingerprint kept in memory.
 */
final class Pbkdf2Credential extends Credential {

    private static final Object DERIVATION_LOCK = new Object();

    private final transient PasswordHash hash;
    private transient volatile byte[] verified;

    Pbkdf2Credential(PasswordHash hash) {
        this.hash = hash;
    }

    @Override
    public boolean check(Object credentials) {
        char[] password = chars(credentials);
        if (password == null || hash == null) {
            return false;
        }
        byte[] fingerprint = hash.fingerprint(password);
        byte[] known = verified;
        if (known != null && MessageDigest.isEqual(known, fingerprint)) {
            return true;
        }
        boolean ok;
        synchronized (DERIVATION_LOCK) {
            ok = hash.matches(password);
        }
        if (ok) {
            verified = fingerprint;
        }
        return ok;
    }

    private static char[] chars(Object credentials) {
        if (credentials instanceof char[] c) {
            return c;
        }
        if (credentials instanceof String s) {
            return s.toCharArray();
        }
        return credentials == null ? null : credentials.toString().toCharArray();
    }
}
