package org.w3id.sikg.bench;

import java.io.IOException;
import java.io.InputStream;
import java.lang.management.ManagementFactory;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Properties;

import org.apache.jena.Jena;

/**
 * The machine and software a benchmark ran on, printed before the results and written into every report.
 *
 * @param values ordered name → value pairs: time, sikg, jvm, cores, max_heap, jvm_args, jena, os
 */
public record Environment(Map<String, String> values) {

    public Environment {
        values = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(values));
    }

    /** The environment of this JVM now. */
    public static Environment current() {
        Map<String, String> v = new LinkedHashMap<>();
        v.put("time", Instant.now().toString());
        v.put("sikg", resourceProperty("/sikg-version.properties", "version"));
        v.put("jvm", System.getProperty("java.vm.name") + " " + System.getProperty("java.runtime.version"));
        v.put("cores", Integer.toString(Runtime.getRuntime().availableProcessors()));
        v.put("max_heap", Reports.mib(Runtime.getRuntime().maxMemory()));
        v.put("jvm_args", String.join(" ", ManagementFactory.getRuntimeMXBean().getInputArguments()));
        v.put("jena", jenaVersion());
        v.put("os", System.getProperty("os.name") + " " + System.getProperty("os.version") + " "
                + System.getProperty("os.arch"));
        return new Environment(v);
    }

    /** One line per value, {@code name: value}. */
    public String describe() {
        StringBuilder sb = new StringBuilder();
        values.forEach((k, val) -> sb.append(k).append(": ").append(val).append('\n'));
        return sb.toString();
    }

    /**
     * Jena's version from its Maven metadata, which the shaded jar keeps ({@link Jena#VERSION} reads
     * {@code <development>} there).
     */
    static String jenaVersion() {
        String v = resourceProperty("/META-INF/maven/org.apache.jena/jena-core/pom.properties", "version");
        return v.equals("unknown") ? Jena.VERSION : v;
    }

    private static String resourceProperty(String resource, String key) {
        Properties p = new Properties();
        try (InputStream in = Environment.class.getResourceAsStream(resource)) {
            if (in != null) {
                p.load(in);
            }
        } catch (IOException e) {
            return "unknown";
        }
        return p.getProperty(key, "unknown");
    }
}
