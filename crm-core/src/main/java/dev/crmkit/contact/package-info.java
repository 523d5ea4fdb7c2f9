/**
 * Contacts: the people of an account the company deals with, and the contact directory
 * that searches them across every account in the actor's scope.
 */
package dev.crmkit.contact;
