package org.corridor.cli;

/** How a command prints data. */
public enum OutputFormat {
    TABLE, JSON, CSV
}
