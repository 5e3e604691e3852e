package org.w3id.sikg.web;

import java.io.IOException;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Answers a plain {@code GET} of a SPARQL endpoint (no query string) with its Service Description, as SPARQL 1.1
 * Service Description asks; every other request goes on to Fuseki unchanged. Mapped to {@code /*} (servers may
 * reserve their dataset paths) and checks the path itself.
 */
final class ServiceDescriptionFilter implements Filter {

    private final WebSettings settings;
    private final DescriptionServlet servlet;

    ServiceDescriptionFilter(WebSettings settings, DescriptionServlet servlet) {
        this.settings = settings;
        this.servlet = servlet;
    }

    @Override
    public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (request instanceof HttpServletRequest req && response instanceof HttpServletResponse resp
                && ("GET".equals(req.getMethod()) || "HEAD".equals(req.getMethod()))
                && (req.getQueryString() == null || req.getQueryString().isEmpty()) && isEndpoint(req)) {
            servlet.service(req, resp);
            return;
        }
        chain.doFilter(request, response);
    }

    private boolean isEndpoint(HttpServletRequest req) {
        String path = req.getRequestURI().substring(req.getContextPath().length());
        return path.equals(settings.sparqlPath()) || settings.assertedSparqlPath().map(path::equals).orElse(false);
    }
}
