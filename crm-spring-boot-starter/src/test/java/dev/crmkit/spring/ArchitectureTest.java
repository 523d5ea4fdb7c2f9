package dev.crmkit.spring;

import dev.crmkit.architecture.AnalyzeCrmClasses;
import dev.crmkit.architecture.CrmArchitectureTest;

@AnalyzeCrmClasses
class ArchitectureTest extends CrmArchitectureTest {}
