package org.w3id.sikg.server;

import java.net.URI;
import java.net.http.HttpClient;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.apache.jena.graph.Node;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryDeniedException;
import org.apache.jena.sparql.algebra.Algebra;
import org.apache.jena.sparql.algebra.OpVisitorBase;
import org.apache.jena.sparql.algebra.op.OpService;
import org.apache.jena.sparql.algebra.walker.Walker;
import org.apache.jena.sparql.engine.ExecutionContext;
import org.apache.jena.sparql.engine.QueryIterator;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.exec.http.Service;
import org.apache.jena.sparql.expr.ExprVisitorBase;
import org.apache.jena.sparql.service.ServiceExecutorRegistry;
import org.apache.jena.sparql.service.single.ServiceExecutor;
import org.apache.jena.sparql.util.Context;

/**
 * Which SPARQL endpoints a query's SERVICE clauses may call: only those on an explicit allowlist (none by default),
 * named by a constant IRI. Checked twice: statically before execution (a clear 403), and again on every call at
 * execution time (whatever the query's shape). Calls do not follow redirects, so an allowlisted endpoint can not
 * bounce a request to another host.
 */
final class ServicePolicy {

    /** The HTTP client of SERVICE calls, made on first use: building one sets up TLS, which costs start time. */
    private static final class Client {
        static final HttpClient NO_REDIRECTS = HttpClient.newBuilder()
                .followRedirects(HttpClient.Redirect.NEVER)
                .connectTimeout(Duration.ofSeconds(5))
                .build();
    }

    private final Set<String> allowed = new LinkedHashSet<>();

    ServicePolicy(List<URI> allowlist) {
        allowlist.forEach(u -> allowed.add(u.toString()));
    }

    /** Why {@code query} may not run here, if it may not: the first SERVICE clause that is not allowed. */
    Optional<String> refusal(Query query) {
        List<Node> endpoints = serviceEndpoints(query);
        for (Node endpoint : endpoints) {
            if (!isAllowed(endpoint)) {
                return Optional.of(message(endpoint));
            }
        }
        return Optional.empty();
    }

    /** Sets up the execution context of one query: SERVICE on only with an allowlist, guarded, no redirects. */
    void configure(Context context, long timeoutMillis) {
        context.set(Service.httpServiceAllowed, !allowed.isEmpty());
        ServiceExecutorRegistry registry = ServiceExecutorRegistry.chooseRegistry(context).copy();
        registry.getBulkChain().clear();
        registry.addSingleLink(this::guard);
        ServiceExecutorRegistry.set(context, registry);
        if (!allowed.isEmpty()) {
            context.set(Service.httpQueryClient, Client.NO_REDIRECTS);
        }
        context.set(Service.httpQueryTimeout, timeoutMillis);
    }

    private QueryIterator guard(OpService opExecute, OpService original, Binding binding, ExecutionContext execCxt,
            ServiceExecutor chain) {
        Node endpoint = opExecute.getService();
        if (!isAllowed(endpoint)) {
            throw new QueryDeniedException(message(endpoint));
        }
        return chain.createExecution(opExecute, original, binding, execCxt);
    }

    private boolean isAllowed(Node endpoint) {
        return endpoint.isURI() && allowed.contains(endpoint.getURI());
    }

    private String message(Node endpoint) {
        String what = endpoint.isURI() ? "<" + endpoint.getURI() + ">" : "an endpoint given by a variable";
        return allowed.isEmpty()
                ? "SERVICE " + what + ": this server calls no other SPARQL endpoint"
                : "SERVICE " + what + ": not on this server's allowlist " + allowed;
    }

    /** Every SERVICE endpoint in the query, including those inside sub-queries and (NOT) EXISTS. */
    static List<Node> serviceEndpoints(Query query) {
        List<Node> endpoints = new ArrayList<>();
        OpVisitorBase collector = new OpVisitorBase() {
            @Override
            public void visit(OpService opService) {
                endpoints.add(opService.getService());
            }
        };
        Walker.walk(Algebra.compile(query), collector, new ExprVisitorBase());
        return endpoints;
    }
}
