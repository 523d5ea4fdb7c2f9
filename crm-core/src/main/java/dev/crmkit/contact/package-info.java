/**
 * Contacts: the people of an account the company deals with (seed 000, seed 001), and the contact directory
 * that searches them across every account in the actor's scope.
 */
package dev.crmkit.contact;
