package org.corridor.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.util.Properties;
import org.junit.jupiter.api.Test;

/**
 * A short command must print its own message and nothing after it: the start-up warm-up (SQLite's
 * native library on a second thread) is skipped where no workspace is opened, and the loader's own
 * log of an attempt cut short by the command's end is silenced.
 */
class StartUpQuietTest {
    @Test
    void helpAndVersionOpenNoWorkspaceSoNothingIsWarmedUp() {
        assertThat(Main.needsWorkspace(new String[] {"--help"})).isFalse();
        assertThat(Main.needsWorkspace(new String[] {"eval", "-h"})).isFalse();
        assertThat(Main.needsWorkspace(new String[] {"--version"})).isFalse();
        assertThat(Main.needsWorkspace(new String[] {"ingest", "reports"})).isTrue();
    }

    @Test
    void theCommandLinesLoggingSettingsComeFirstAndSilenceTheNativeLoader() throws Exception {
        Properties settings = new Properties();
        try (InputStream in = Main.class.getClassLoader().getResourceAsStream("simplelogger.properties")) {
            assertThat(in).isNotNull();
            settings.load(in);
        }
        assertThat(settings.getProperty("org.slf4j.simpleLogger.log.org.sqlite.SQLiteJDBCLoader")).isEqualTo("off");
        assertThat(settings.getProperty("org.slf4j.simpleLogger.defaultLogLevel")).isEqualTo("warn");
    }
}
