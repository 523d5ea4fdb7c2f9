package dev.crmkit.inmemory;

import dev.crmkit.architecture.AnalyzeCrmClasses;
import dev.crmkit.architecture.CrmArchitectureTest;

@AnalyzeCrmClasses
class ArchitectureTest extends CrmArchitectureTest {}
