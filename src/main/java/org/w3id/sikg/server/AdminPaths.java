package org.w3id.sikg.server;

import java.util.Locale;

/**
 * Which requests would change the data of the {@code kg} dataset: SPARQL Update at {@code /kg/update}, a SPARQL
 * Update body sent anywhere, and Graph Store writes (PUT, POST, DELETE, PATCH) at {@code /kg/data}.
 */
final class AdminPaths {

    private final String updatePath;
    private final String dataPath;

    AdminPaths(String dataset) {
        this.updatePath = "/" + dataset + "/update";
        this.dataPath = "/" + dataset + "/data";
    }

    boolean isAdminRequest(String method, String path, String contentType) {
        if (isUpdate(path, contentType)) {
            return true;
        }
        boolean write = !"GET".equals(method) && !"HEAD".equals(method) && !"OPTIONS".equals(method);
        return write && (path.equals(dataPath) || path.startsWith(dataPath + "/"));
    }

    /** Whether the request is a SPARQL Update: sent to the update endpoint, or with an update body. */
    boolean isUpdate(String path, String contentType) {
        return path.equals(updatePath) || path.startsWith(updatePath + "/") || (contentType != null
                && contentType.toLowerCase(Locale.ROOT).startsWith("application/sparql-update"));
    }
}
