package org.w3id.sikg.server;

import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.security.spec.KeySpec;
import java.util.Arrays;
import java.util.Base64;

import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;

/**
 * PBKDF2-HMAC-SHA256 password hashes, written {@code PBKDF2:sha256:<iterations>:<salt>:<hash>} (salt and hash in
 * Base64). The JDK computes them; nothing else is needed. Weaker schemes (plain text, MD5, Unix crypt) are refused.
 */
public final class PasswordHash {

    /** The prefix of every accepted entry. */
    public static final String PREFIX = "PBKDF2:";
    /**
     * Iterations of new hashes: OWASP's 2021 recommendation for PBKDF2-HMAC-SHA256 (their 2023 figure, 600,000, costs
     * over two seconds per check with the JDK's implementation on a small server). Stored in each entry.
     */
    public static final int DEFAULT_ITERATIONS = 310_000;
    /** The fewest iterations an entry may have. */
    public static final int MIN_ITERATIONS = 100_000;
    private static final String ALGORITHM = "PBKDF2WithHmacSHA256";
    private static final int SALT_BYTES = 16;
    private static final int HASH_BITS = 256;
    private static final SecureRandom RANDOM = new SecureRandom();

    private final int iterations;
    private final byte[] salt;
    private final byte[] hash;

    private PasswordHash(int iterations, byte[] salt, byte[] hash) {
        this.iterations = iterations;
        this.salt = salt;
        this.hash = hash;
    }

    /** A new hash of {@code password} with a random salt; the caller should clear the array afterwards. */
    public static String create(char[] password) {
        return create(password, DEFAULT_ITERATIONS);
    }

    /** A new hash with {@code iterations} (at least {@value #MIN_ITERATIONS}). */
    static String create(char[] password, int iterations) {
        if (iterations < MIN_ITERATIONS) {
            throw new IllegalArgumentException("at least " + MIN_ITERATIONS + " iterations");
        }
        byte[] salt = new byte[SALT_BYTES];
        RANDOM.nextBytes(salt);
        byte[] hash = derive(password, salt, iterations);
        Base64.Encoder b64 = Base64.getEncoder();
        return PREFIX + "sha256:" + iterations + ":" + b64.encodeToString(salt) + ":" + b64.encodeToString(hash);
    }

    /**
     * Parses an entry.
     *
     * @throws IllegalArgumentException saying what is wrong, if it is not a well-formed PBKDF2 entry
     */
    static PasswordHash parse(String entry) {
        if (!entry.startsWith(PREFIX)) {
            throw new IllegalArgumentException("not a PBKDF2 hash (plain, MD5 and CRYPT passwords are refused)");
        }
        String[] parts = entry.substring(PREFIX.length()).split(":", -1);
        if (parts.length != 4 || !"sha256".equals(parts[0])) {
            throw new IllegalArgumentException("expected PBKDF2:sha256:<iterations>:<salt>:<hash>");
        }
        int iterations;
        try {
            iterations = Integer.parseInt(parts[1]);
            Base64.Decoder b64 = Base64.getDecoder();
            byte[] salt = b64.decode(parts[2]);
            byte[] hash = b64.decode(parts[3]);
            if (iterations < MIN_ITERATIONS || salt.length < 8 || hash.length * 8 != HASH_BITS) {
                throw new IllegalArgumentException("too few iterations (< " + MIN_ITERATIONS
                        + "), too short a salt or a hash of the wrong length");
            }
            return new PasswordHash(iterations, salt, hash);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("the iteration count is not a number");
        }
    }

    /** Whether {@code password} matches, compared in constant time. */
    boolean matches(char[] password) {
        return MessageDigest.isEqual(hash, derive(password, salt, iterations));
    }

    /** A fast fingerprint of a password under this hash's salt, for caching a verified password in memory. */
    byte[] fingerprint(char[] password) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            sha.update(salt);
            byte[] bytes = new String(password).getBytes(java.nio.charset.StandardCharsets.UTF_8);
            byte[] digest = sha.digest(bytes);
            Arrays.fill(bytes, (byte) 0);
            return digest;
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("SHA-256 is not available", e);
        }
    }

    private static byte[] derive(char[] password, byte[] salt, int iterations) {
        KeySpec spec = new PBEKeySpec(password, salt, iterations, HASH_BITS);
        try {
            return SecretKeyFactory.getInstance(ALGORITHM).generateSecret(spec).getEncoded();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(ALGORITHM + " is not available", e);
        }
    }
}
