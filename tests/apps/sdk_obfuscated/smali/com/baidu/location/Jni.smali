.class public Lcom/baidu/location/Jni;
.super Ljava/lang/Object;
.method public static native encode(Ljava/lang/String;)Ljava/lang/String;
.end method
