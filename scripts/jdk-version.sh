#!/usr/bin/env bash
# Prints the feature version of the JDK Corridor selects.
. "$(dirname "${BASH_SOURCE[0]}")/jdk.sh"
echo "$CORRIDOR_JAVA_MAJOR"
