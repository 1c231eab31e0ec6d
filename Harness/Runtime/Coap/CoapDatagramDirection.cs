namespace Harness.Runtime.Coap;

public enum CoapDatagramDirection
{
    Received,
    Sent,
}
