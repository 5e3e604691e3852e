package org.w3id.sikg.server;

import java.util.List;

import org.apache.jena.atlas.web.AuthScheme;
import org.apache.jena.fuseki.main.JettySecurityLib;
import org.eclipse.jetty.ee10.servlet.security.ConstraintMapping;
import org.eclipse.jetty.ee10.servlet.security.ConstraintSecurityHandler;
import org.eclipse.jetty.security.Constraint;
import org.eclipse.jetty.security.UserStore;

/**
 * HTTP Basic authentication of administrators (Jetty's security handler over {@link AdminUsers}) and the paths and
 * methods that need it. Everything else stays anonymous. Basic authentication sends the password with every
 * request: only over TLS (a reverse proxy) or on loopback, as docs/security.md says.
 */
final class AdminSecurity {

    /** The role every administrator has. */
    static final String ROLE = "admin";
    static final String REALM = "SIKG administration";
    private static final List<String> WRITE_METHODS = List.of("PUT", "POST", "DELETE", "PATCH");

    private AdminSecurity() {
    }

    /**
     * The security handler: {@code /kg/update} and {@code /$/reload} always, and writes to {@code /kg/data}, need an
     * administrator.
     */
    static ConstraintSecurityHandler handler(AdminUsers admins, String dataset) {
        UserStore store = new UserStore();
        admins.users().forEach((name, hash) -> store.addUser(name, new Pbkdf2Credential(hash), new String[] {ROLE}));
        ConstraintSecurityHandler handler = JettySecurityLib.makeSecurityHandler(REALM, store, AuthScheme.BASIC);
        Constraint admin = Constraint.from(ROLE);
        handler.addConstraintMapping(mapping("/" + dataset + "/update", null, admin));
        handler.addConstraintMapping(mapping(ReloadServlet.PATH, null, admin));
        for (String path : List.of("/" + dataset + "/data", "/" + dataset + "/data/*")) {
            for (String method : WRITE_METHODS) {
                handler.addConstraintMapping(mapping(path, method, admin));
            }
            ConstraintMapping reads = mapping(path, null, Constraint.ALLOWED);
            reads.setMethodOmissions(WRITE_METHODS.toArray(String[]::new));
            handler.addConstraintMapping(reads);
        }
        return handler;
    }

    private static ConstraintMapping mapping(String pathSpec, String method, Constraint constraint) {
        ConstraintMapping mapping = new ConstraintMapping();
        mapping.setPathSpec(pathSpec);
        if (method != null) {
            mapping.setMethod(method);
        }
        mapping.setConstraint(constraint);
        return mapping;
    }
}
