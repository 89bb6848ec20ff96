// Calling ecoreg from Java: one long-running `ecoreg serve --stdio` process, one JSON line per
// request, one JSON line back per request, in order. Compile with `javac EcoregClient.java`;
// run with `java EcoregClient` where `ecoreg` is on the PATH (pip install ecoreg).
import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;

public final class EcoregClient implements AutoCloseable {
    private final Process process;
    private final BufferedWriter requests;
    private final BufferedReader responses;

    public EcoregClient() throws IOException {
        process = new ProcessBuilder("ecoreg", "serve", "--stdio").start();
        requests = new BufferedWriter(
            new OutputStreamWriter(process.getOutputStream(), StandardCharsets.UTF_8));
        responses = new BufferedReader(
            new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
    }

    /** Sends one request line ({"id", "rule", "jurisdiction", "decided_on", "input"}). */
    public String decide(String requestLine) throws IOException {
        requests.write(requestLine);
        requests.newLine();
        requests.flush();
        return responses.readLine(); // {"id": …, "result": …} or {"id": …, "error": …}
    }

    @Override
    public void close() throws IOException, InterruptedException {
        requests.close();
        process.waitFor();
    }

    public static void main(String[] args) throws Exception {
        String request = "{\"id\": 1, \"rule\": \"payment-deadline\", \"jurisdiction\": \"CN\","
            + " \"decided_on\": \"2026-09-16\", \"input\": {\"received_on\": \"2026-09-16\"}}";
        try (EcoregClient client = new EcoregClient()) {
            System.out.println(client.decide(request));
        }
    }
}
