"""Request models generated from specs/ for the emulators. Do not edit."""
