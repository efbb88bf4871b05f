.class public interface abstract Lcn/sharesdk/framework/PlatformActionListener;
.super Ljava/lang/Object;
.method public abstract onComplete(Lcn/sharesdk/framework/Platform;ILjava/util/HashMap;)V
.end method
