.class public Lcom/tencent/feedback/eup/jni/NativeExceptionUpload;
.super Ljava/lang/Object;
.method public static loadRQDNativeLib(Landroid/content/Context;)Z
    .registers 2
    const-string v0, "NativeRQD"
    invoke-static {v0}, Ljava/lang/System;->loadLibrary(Ljava/lang/String;)V
    const/4 v0, 0x1
    return v0
.end method
.method protected static native registNativeExceptionHandler(Ljava/lang/String;Ljava/lang/String;I)Z
.end method
