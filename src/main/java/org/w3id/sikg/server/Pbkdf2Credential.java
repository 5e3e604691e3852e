package org.w3id.sikg.server;

import java.security.MessageDigest;
import java.util.concurrent.locks.ReentrantLock;

import org.eclipse.jetty.util.security.Credential;

/**
 * A Jetty {@link Credential} checked against a {@link PasswordHash}.
 *
 * <p>PBKDF2 is slow on purpose (a second or so per check on a small server), which also makes every
 * authentication attempt cost the server that much. So at most one derivation runs at a time, server-wide, and an
 * attempt that arrives while one runs fails at once instead of waiting: a flood of bogus credentials occupies one
 * core and no request threads. A password once verified is recognised afterwards by a salted SHA-256 fingerprint
 * kept in memory, so an administrator's later requests cost no derivation.
 */
final class Pbkdf2Credential extends Credential {

    private static final ReentrantLock DERIVATION = new ReentrantLock();

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
        if (!DERIVATION.tryLock()) {
            return false;
        }
        boolean ok;
        try {
            ok = hash.matches(password);
        } finally {
            DERIVATION.unlock();
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
