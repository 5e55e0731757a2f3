package org.corridor.cli;

import java.io.PrintWriter;
import java.io.StringWriter;

/** One run of the CLI in this JVM: exit code and what it printed. */
record Run(int exit, String out, String err) {
    static Run of(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int exit = Main.run(new PrintWriter(out, true), new PrintWriter(err, true), args);
        return new Run(exit, out.toString(), err.toString());
    }
}
