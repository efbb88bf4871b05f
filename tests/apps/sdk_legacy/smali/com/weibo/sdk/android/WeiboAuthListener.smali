.class public interface abstract Lcom/weibo/sdk/android/WeiboAuthListener;
.super Ljava/lang/Object;
.method public abstract onComplete(Landroid/os/Bundle;)V
.end method
.method public abstract onCancel()V
.end method
