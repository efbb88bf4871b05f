.class public Lcom/baidu/android/pushservice/jni/PushSocket;
.super Ljava/lang/Object;
.method public static native createSocket(Ljava/lang/String;I)I
.end method
.method public static native closeSocket(I)V
.end method
