.class public Lcom/baidu/android/pushservice/PushManager;
.super Ljava/lang/Object;
.method public static startWork(Landroid/content/Context;ILjava/lang/String;)V
    .registers 3
    return-void
.end method
.method public static stopWork(Landroid/content/Context;)V
    .registers 1
    return-void
.end method
